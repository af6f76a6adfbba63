# ruff: noqa: E501, S314  (translation pairs are long lines; the .ts file is our own)
"""Fill resources/translations/hrdoc_ar.ts with the Arabic translations
below, then build hrdoc_ar.qm. Run from the repository, after
`pyside6-lupdate hrdoc/gui/*.py -ts resources/translations/hrdoc_ar.ts`:
    .venv/bin/python packaging/make_translations.py
A string missing here stays English in the window (marked unfinished).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "resources" / "translations"

AR = {
    "&Contacts…": "جهات الا&تصال…",
    "&Exchange": "الت&بادل",
    "&Import bundle…": "استيرا&د حزمة…",
    "&Lock": "&قفل",
    "&My key…": "م&فتاحي…",
    "&Settings…": "الإ&عدادات…",
    "&Vault": "ال&خزنة",
    "(NOT verified)": "(غير مُتحقَّق منه)",
    "(from the date)": "(من التاريخ)",
    "A new language applies the next time hrdoc starts.": "تُطبَّق اللغة الجديدة عند تشغيل hrdoc في المرة القادمة.",
    "A person's name and contact details start secret: they never leave this vault unless you export in full.": "يبدأ اسم الشخص وبيانات الاتصال به سريّين: لا يغادران هذه الخزنة إلا إذا صدّرتَ كل شيء.",
    "Add": "إضافة",
    "Add card from file…": "إضافة بطاقة من ملف…",
    "Add evidence files": "إضافة ملفات أدلة",
    "Add files…": "إضافة ملفات…",
    "Add pasted card": "إضافة البطاقة الملصقة",
    "Added": "أُضيف",
    "Added %n file(s).": "أُضيف %n ملف.",
    "Added. Compare this fingerprint with them before trusting it: ": "أُضيفت. قارن هذه البصمة معهم قبل الوثوق بها: ",
    "All cases": "كل القضايا",
    "Already here": "موجود مسبقاً",
    "An imported version differs from yours. Yours is kept until you choose.": "تختلف نسخة مستوردة عن نسختك. تبقى نسختك حتى تختار.",
    "C&onflicts…": "التعا&رضات…",
    "Cancel": "إلغاء",
    "Case": "القضية",
    "Case title": "عنوان القضية",
    "Cases": "القضايا",
    "Change": "تغيير",
    "Change &passphrase…": "تغيير &عبارة المرور…",
    "Change passphrase": "تغيير عبارة المرور",
    "Choose at least one recipient.": "اختر مستلماً واحداً على الأقل.",
    "Conflicts": "التعارضات",
    "Conflicts (your versions are kept)": "تعارضات (تبقى نسخك)",
    "Contact card": "بطاقة جهة اتصال",
    "Contacts": "جهات الاتصال",
    "Copy card": "نسخ البطاقة",
    "Country": "البلد",
    "Create vault": "إنشاء الخزنة",
    "Create your hrdoc vault": "أنشئ خزنة hrdoc الخاصة بك",
    "Date": "التاريخ",
    "Date precision": "دقة التاريخ",
    "Description": "الوصف",
    "Differences": "الاختلافات",
    "Evidence": "الأدلة",
    "Evidence files": "ملفات الأدلة",
    "Exactly what goes out, after redaction:": "ما سيخرج بالضبط بعد الحجب:",
    "Export &bundle…": "تصدير &حزمة…",
    "Export &report…": "تصدير &تقرير…",
    "Export a bundle": "تصدير حزمة",
    "Export a copy": "تصدير نسخة",
    "Export a copy…": "تصدير نسخة…",
    "Export a report": "تصدير تقرير",
    "Exported a verified copy (SHA-256 checked).": "صُدِّرت نسخة مُتحقَّق منها (فُحصت SHA-256).",
    "File": "الملف",
    "Fingerprint": "البصمة",
    "Fingerprints match: verify": "البصمات متطابقة: تحقّق",
    "Forgot it? Use the recovery code": "نسيتها؟ استخدم رمز الاسترداد",
    "Format": "الصيغة",
    "History": "السجل",
    "I have written it down": "لقد دوّنته",
    "ISO code, e.g. LB; ZZ if withheld": "رمز ISO، مثل LB؛ أو ZZ إن كان محجوباً",
    "Import": "استيراد",
    "Import &MVT results…": "استيراد نتائج &MVT…",
    "Import &STIX indicators…": "استيراد مؤشرات &STIX…",
    "Import a bundle": "استيراد حزمة",
    "Incident": "الحادثة",
    "Incident title": "عنوان الحادثة",
    "Incidents": "الحوادث",
    "Indicator type": "نوع المؤشر",
    "Indicator value": "قيمة المؤشر",
    "Indicators": "المؤشرات",
    "Interventions": "التدخلات",
    "Keep mine": "أبقِ نسختي",
    "Kind": "النوع",
    "Kind of intervention": "نوع التدخل",
    "Known indicator": "مؤشر معروف",
    "Language": "اللغة",
    "Last group of the recovery code": "المجموعة الأخيرة من رمز الاسترداد",
    "Load a fictional sample case to try hrdoc": "تحميل قضية نموذجية خيالية لتجربة hrdoc",
    "Loaded %1 indicators.": "حُمِّل %1 مؤشراً.",
    "Lock after": "القفل بعد",
    "Lock after idle minutes": "القفل بعد دقائق من الخمول",
    "Locked. Unlock…": "مقفلة. فتح…",
    "MVT output folder": "مجلد نتائج MVT",
    "My key": "مفتاحي",
    "NOT verified": "غير مُتحقَّق منه",
    "Name": "الاسم",
    "New &case…": "&قضية جديدة…",
    "New &incident…": "&حادثة جديدة…",
    "New case": "قضية جديدة",
    "New incident": "حادثة جديدة",
    "New passphrase": "عبارة المرور الجديدة",
    "No conflicts.": "لا توجد تعارضات.",
    "Outcome": "النتيجة",
    "Passphrase": "عبارة المرور",
    "Paste a contact card here": "الصق بطاقة جهة الاتصال هنا",
    "People": "الأشخاص",
    "People and organisations": "الأشخاص والمنظمات",
    "Place": "المكان",
    "Precision": "الدقة",
    "QR code of the selected contact": "رمز QR لجهة الاتصال المحددة",
    "Read these digits with them, group by group. Do they match?": "اقرأ هذه الأرقام معهم، مجموعةً مجموعة. هل تتطابق؟",
    "Recipients": "المستلمون",
    "Recovery code": "رمز الاسترداد",
    "Redaction profile": "ملف الحجب",
    "Region": "المنطقة",
    "Repeat": "التكرار",
    "Repeat the new passphrase": "أعد كتابة عبارة المرور الجديدة",
    "Repeat the passphrase": "أعد كتابة عبارة المرور",
    "Role": "الدور",
    "STIX 2.1 indicators": "مؤشرات STIX 2.1",
    "Save": "حفظ",
    "Save bundle": "حفظ الحزمة",
    "Save bundle…": "حفظ الحزمة…",
    "Save report": "حفظ التقرير",
    "Save report…": "حفظ التقرير…",
    "Save the changes to this incident first?": "هل تحفظ تغييرات هذه الحادثة أولاً؟",
    "Saved bundle %1.": "حُفظت الحزمة %1.",
    "Saved.": "حُفظ.",
    "Saved: %1 bytes.": "حُفظ: %1 بايت.",
    "Search": "بحث",
    "Search incidents, people, indicators": "ابحث في الحوادث والأشخاص والمؤشرات",
    "Select the incident the MVT results belong to first.": "اختر أولاً الحادثة التي تعود إليها نتائج MVT.",
    "Send this card to partners, then compare the fingerprint with them by phone or in person.": "أرسل هذه البطاقة إلى الشركاء، ثم قارن البصمة معهم عبر الهاتف أو وجهاً لوجه.",
    "Set new passphrase": "تعيين عبارة مرور جديدة",
    "Settings": "الإعدادات",
    "Size": "الحجم",
    "Take theirs (mine stays in the history)": "خذ نسختهم (تبقى نسختي في السجل)",
    "The two passphrases differ.": "عبارتا المرور مختلفتان.",
    "This bundle was already imported; nothing would change.": "استُوردت هذه الحزمة من قبل؛ لن يتغير شيء.",
    "This file is already in the library.": "هذا الملف موجود في المكتبة من قبل.",
    "This image cannot be shown.": "لا يمكن عرض هذه الصورة.",
    "Title": "العنوان",
    "Too large to preview.": "أكبر من أن يُعاين.",
    "Type": "النوع",
    "Type the last group of 6 digits to confirm:": "اكتب المجموعة الأخيرة من 6 أرقام للتأكيد:",
    "Unlock": "فتح",
    "Unlock hrdoc": "فتح hrdoc",
    "Unsaved changes": "تغييرات غير محفوظة",
    "Value": "القيمة",
    "Verification": "التحقق",
    "Verified": "مُتحقَّق منه",
    "Verify contact": "التحقق من جهة الاتصال",
    "What": "ماذا",
    "What will go out": "ما سيخرج",
    "Who may see it": "من يمكنه رؤيته",
    "Would add": "سيُضاف",
    "Writing…": "جارٍ الكتابة…",
    "Your records are kept encrypted on this computer. Choose a long passphrase: several unrelated words are easy to remember and hard to guess.": "تُحفظ سجلاتك مشفّرة على هذا الحاسوب. اختر عبارة مرور طويلة: عدة كلمات غير مترابطة سهلة التذكر وصعبة التخمين.",
    "Your recovery code. It is shown only this once. Write it on paper and keep it away from this computer: it opens the vault if you forget the passphrase.": "رمز الاسترداد الخاص بك. يُعرض هذه المرة فقط. اكتبه على ورقة واحفظه بعيداً عن هذا الحاسوب: يفتح الخزنة إن نسيت عبارة المرور.",
    "domain, URL, phone number, process name…": "نطاق، رابط، رقم هاتف، اسم عملية…",
    "unknown sender": "مرسل غير معروف",
    "verified": "مُتحقَّق منه",
    "yes": "نعم",
    "Too short: use at least %1 characters.": "قصيرة جداً: استخدم %1 أحرف على الأقل.",
    "Too repetitive.": "متكررة أكثر من اللازم.",
    "Strong: a long passphrase of several words.": "قوية: عبارة مرور طويلة من عدة كلمات.",
    "Fair. Four or more unrelated words would be stronger.": "مقبولة. أربع كلمات غير مترابطة أو أكثر ستكون أقوى.",
    "Weak: a single word or short phrase can be guessed. Add more words.": "ضعيفة: يمكن تخمين كلمة واحدة أو عبارة قصيرة. أضف كلمات أخرى.",
}


def main() -> int:
    ts = HERE / "hrdoc_ar.ts"
    tree = ET.parse(ts)
    missing = set()
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        if source in AR:
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                form = ET.SubElement(translation, "numerusform")
                form.text = AR[source]
            else:
                translation.text = AR[source]
            translation.attrib.pop("type", None)
        else:
            missing.add(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    for source in sorted(missing):
        print(f"untranslated: {source}", file=sys.stderr)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(HERE / "hrdoc_ar.qm")], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
