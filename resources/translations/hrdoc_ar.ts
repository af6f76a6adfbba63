<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="295" />
        <source>Export a bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="297" />
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="306" />
        <source>Recipients</source>
        <translation>المستلمون</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="299" />
        <source>(NOT verified)</source>
        <translation>(غير مُتحقَّق منه)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="305" />
        <source>Save bundle…</source>
        <translation>حفظ الحزمة…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="319" />
        <source>Choose at least one recipient.</source>
        <translation>اختر مستلماً واحداً على الأقل.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="321" />
        <source>Save bundle</source>
        <translation>حفظ الحزمة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="326" />
        <source>Saved bundle %1.</source>
        <translation>حُفظت الحزمة %1.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="118" />
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="120" />
        <location filename="../../hrdoc/gui/unlock.py" line="127" />
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="121" />
        <source>Repeat the new passphrase</source>
        <translation>أعد كتابة عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="126" />
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="128" />
        <source>Repeat</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="26" />
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="34" />
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="30" />
        <source>An imported version differs from yours. Yours is kept until you choose.</source>
        <translation>تختلف نسخة مستوردة عن نسختك. تبقى نسختك حتى تختار.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="37" />
        <source>Differences</source>
        <translation>الاختلافات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="39" />
        <source>Keep mine</source>
        <translation>أبقِ نسختي</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="40" />
        <source>Take theirs (mine stays in the history)</source>
        <translation>خذ نسختهم (تبقى نسختي في السجل)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="65" />
        <source>No conflicts.</source>
        <translation>لا توجد تعارضات.</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="36" />
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="40" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="40" />
        <source>Verified</source>
        <translation>مُتحقَّق منه</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="40" />
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="46" />
        <source>Paste a contact card here</source>
        <translation>الصق بطاقة جهة الاتصال هنا</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="47" />
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="99" />
        <source>Contact card</source>
        <translation>بطاقة جهة اتصال</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="49" />
        <source>Add pasted card</source>
        <translation>إضافة البطاقة الملصقة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="50" />
        <source>Add card from file…</source>
        <translation>إضافة بطاقة من ملف…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="51" />
        <source>Fingerprints match: verify</source>
        <translation>البصمات متطابقة: تحقّق</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="56" />
        <source>QR code of the selected contact</source>
        <translation>رمز QR لجهة الاتصال المحددة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="73" />
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="73" />
        <source>NOT verified</source>
        <translation>غير مُتحقَّق منه</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="93" />
        <source>Added. Compare this fingerprint with them before trusting it: </source>
        <translation>أُضيفت. قارن هذه البصمة معهم قبل الوثوق بها: </translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="116" />
        <source>Verify contact</source>
        <translation>التحقق من جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="117" />
        <source>Read these digits with them, group by group. Do they match?</source>
        <translation>اقرأ هذه الأرقام معهم، مجموعةً مجموعة. هل تتطابق؟</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="45" />
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="45" />
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="49" />
        <source>Evidence files</source>
        <translation>ملفات الأدلة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="51" />
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="52" />
        <source>Export a copy…</source>
        <translation>تصدير نسخة…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="53" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="99" />
        <source>Add evidence files</source>
        <translation>إضافة ملفات أدلة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdoc/gui/evidence_panel.py" line="145" />
        <source>Added %n file(s).</source>
        <translation>
            <numerusform>أُضيف %n ملف.</numerusform></translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="163" />
        <source>Export a copy</source>
        <translation>تصدير نسخة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="171" />
        <source>Exported a verified copy (SHA-256 checked).</source>
        <translation>صُدِّرت نسخة مُتحقَّق منها (فُحصت SHA-256).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="179" />
        <source>Too large to preview.</source>
        <translation>أكبر من أن يُعاين.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="185" />
        <source>This image cannot be shown.</source>
        <translation>لا يمكن عرض هذه الصورة.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="36" />
        <source>Create your hrdoc vault</source>
        <translation>أنشئ خزنة hrdoc الخاصة بك</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="50" />
        <source>Your records are kept encrypted on this computer. Choose a long passphrase: several unrelated words are easy to remember and hard to guess.</source>
        <translation>تُحفظ سجلاتك مشفّرة على هذا الحاسوب. اختر عبارة مرور طويلة: عدة كلمات غير مترابطة سهلة التذكر وصعبة التخمين.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="57" />
        <location filename="../../hrdoc/gui/first_run.py" line="73" />
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="60" />
        <source>Repeat the passphrase</source>
        <translation>أعد كتابة عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="65" />
        <source>Load a fictional sample case to try hrdoc</source>
        <translation>تحميل قضية نموذجية خيالية لتجربة hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="68" />
        <source>Create vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="74" />
        <source>Repeat</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="130" />
        <source>Your recovery code. It is shown only this once. Write it on paper and keep it away from this computer: it opens the vault if you forget the passphrase.</source>
        <translation>رمز الاسترداد الخاص بك. يُعرض هذه المرة فقط. اكتبه على ورقة واحفظه بعيداً عن هذا الحاسوب: يفتح الخزنة إن نسيت عبارة المرور.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="139" />
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="141" />
        <source>Type the last group of 6 digits to confirm:</source>
        <translation>اكتب المجموعة الأخيرة من 6 أرقام للتأكيد:</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="143" />
        <source>Last group of the recovery code</source>
        <translation>المجموعة الأخيرة من رمز الاسترداد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="145" />
        <source>I have written it down</source>
        <translation>لقد دوّنته</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="261" />
        <source>History</source>
        <translation>السجل</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="161" />
        <source>Import a bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="167" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="169" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="196" />
        <source>unknown sender</source>
        <translation>مرسل غير معروف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="197" />
        <source>verified</source>
        <translation>مُتحقَّق منه</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="197" />
        <source>NOT verified</source>
        <translation>غير مُتحقَّق منه</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="204" />
        <source>This bundle was already imported; nothing would change.</source>
        <translation>استُوردت هذه الحزمة من قبل؛ لن يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="206" />
        <source>Would add</source>
        <translation>سيُضاف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="206" />
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="209" />
        <source>Already here</source>
        <translation>موجود مسبقاً</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="212" />
        <source>Conflicts (your versions are kept)</source>
        <translation>تعارضات (تبقى نسخك)</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="50" />
        <source>Incident title</source>
        <extracomment>the incident fields this editor changes, and how to read each widget</extracomment>
        <translation>عنوان الحادثة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="52" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="82" />
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="55" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="83" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="57" />
        <source>Date precision</source>
        <translation>دقة التاريخ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="58" />
        <source>(from the date)</source>
        <translation>(من التاريخ)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="60" />
        <source>ISO code, e.g. LB; ZZ if withheld</source>
        <translation>رمز ISO، مثل LB؛ أو ZZ إن كان محجوباً</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="61" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="85" />
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="63" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="86" />
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="65" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="87" />
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="67" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="88" />
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="69" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="89" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="72" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="90" />
        <source>Who may see it</source>
        <translation>من يمكنه رؤيته</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="78" />
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="81" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="84" />
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="184" />
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="29" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="30" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="31" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="32" />
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="117" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="117" />
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="117" />
        <source>Known indicator</source>
        <translation>مؤشر معروف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="117" />
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="119" />
        <source>Indicator type</source>
        <translation>نوع المؤشر</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="121" />
        <source>domain, URL, phone number, process name…</source>
        <translation>نطاق، رابط، رقم هاتف، اسم عملية…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="121" />
        <source>Indicator value</source>
        <translation>قيمة المؤشر</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>InterventionsTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="216" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="219" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="216" />
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="216" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="220" />
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="216" />
        <source>Interventions</source>
        <translation>التدخلات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="218" />
        <source>Kind of intervention</source>
        <translation>نوع التدخل</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="88" />
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="90" />
        <source>Search incidents, people, indicators</source>
        <translation>ابحث في الحوادث والأشخاص والمؤشرات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="91" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="102" />
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="106" />
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="107" />
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="109" />
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="111" />
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="113" />
        <source>Interventions</source>
        <translation>التدخلات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="115" />
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="131" />
        <source>Locked. Unlock…</source>
        <translation>مقفلة. فتح…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="138" />
        <source>&amp;Vault</source>
        <translation>ال&amp;خزنة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="141" />
        <source>New &amp;case…</source>
        <translation>&amp;قضية جديدة…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="142" />
        <source>New &amp;incident…</source>
        <translation>&amp;حادثة جديدة…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="148" />
        <source>Change &amp;passphrase…</source>
        <translation>تغيير &amp;عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="151" />
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="152" />
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="155" />
        <source>&amp;Exchange</source>
        <translation>الت&amp;بادل</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="157" />
        <source>Export &amp;report…</source>
        <translation>تصدير &amp;تقرير…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="158" />
        <source>Export &amp;bundle…</source>
        <translation>تصدير &amp;حزمة…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="159" />
        <source>&amp;Import bundle…</source>
        <translation>استيرا&amp;د حزمة…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="160" />
        <source>&amp;My key…</source>
        <translation>م&amp;فتاحي…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="161" />
        <source>&amp;Contacts…</source>
        <translation>جهات الا&amp;تصال…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="162" />
        <source>C&amp;onflicts…</source>
        <translation>التعا&amp;رضات…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="163" />
        <source>Import &amp;MVT results…</source>
        <translation>استيراد نتائج &amp;MVT…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="164" />
        <source>Import &amp;STIX indicators…</source>
        <translation>استيراد مؤشرات &amp;STIX…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="208" />
        <source>All cases</source>
        <translation>كل القضايا</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="272" />
        <source>Import a bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="295" />
        <source>Select the incident the MVT results belong to first.</source>
        <translation>اختر أولاً الحادثة التي تعود إليها نتائج MVT.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="297" />
        <source>MVT output folder</source>
        <translation>مجلد نتائج MVT</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="311" />
        <source>STIX 2.1 indicators</source>
        <translation>مؤشرات STIX 2.1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="319" />
        <source>Loaded %1 indicators.</source>
        <translation>حُمِّل %1 مؤشراً.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="321" />
        <source>This file is already in the library.</source>
        <translation>هذا الملف موجود في المكتبة من قبل.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="375" />
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="376" />
        <source>Save the changes to this incident first?</source>
        <translation>هل تحفظ تغييرات هذه الحادثة أولاً؟</translation>
    </message>
</context>
<context>
    <name>MyKeyDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="245" />
        <source>My key</source>
        <translation>مفتاحي</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="252" />
        <source>Send this card to partners, then compare the fingerprint with them by phone or in person.</source>
        <translation>أرسل هذه البطاقة إلى الشركاء، ثم قارن البصمة معهم عبر الهاتف أو وجهاً لوجه.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="262" />
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="273" />
        <source>Copy card</source>
        <translation>نسخ البطاقة</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="67" />
        <source>New case</source>
        <translation>قضية جديدة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="69" />
        <source>Case title</source>
        <translation>عنوان القضية</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="72" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="73" />
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="74" />
        <source>Who may see it</source>
        <translation>من يمكنه رؤيته</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="87" />
        <source>New incident</source>
        <translation>حادثة جديدة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="94" />
        <source>Incident title</source>
        <translation>عنوان الحادثة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="98" />
        <source>(from the date)</source>
        <translation>(من التاريخ)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="104" />
        <source>ISO code, e.g. LB; ZZ if withheld</source>
        <translation>رمز ISO، مثل LB؛ أو ZZ إن كان محجوباً</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="118" />
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="119" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="120" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="121" />
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="122" />
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="123" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="124" />
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="125" />
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="126" />
        <source>Who may see it</source>
        <translation>من يمكنه رؤيته</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="27" />
        <source>Too short: use at least %1 characters.</source>
        <translation>قصيرة جداً: استخدم %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="30" />
        <source>Too repetitive.</source>
        <translation>متكررة أكثر من اللازم.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="32" />
        <source>Strong: a long passphrase of several words.</source>
        <translation>قوية: عبارة مرور طويلة من عدة كلمات.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="36" />
        <source>Fair. Four or more unrelated words would be stronger.</source>
        <translation>مقبولة. أربع كلمات غير مترابطة أو أكثر ستكون أقوى.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="39" />
        <source>Weak: a single word or short phrase can be guessed. Add more words.</source>
        <translation>ضعيفة: يمكن تخمين كلمة واحدة أو عبارة قصيرة. أضف كلمات أخرى.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="63" />
        <source>The two passphrases differ.</source>
        <extracomment>languages hrdoc offers, each named in itself</extracomment>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="163" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="167" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="163" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="165" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="163" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="166" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="163" />
        <source>People and organisations</source>
        <translation>الأشخاص والمنظمات</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="172" />
        <source>A person's name and contact details start secret: they never leave this vault unless you export in full.</source>
        <translation>يبدأ اسم الشخص وبيانات الاتصال به سريّين: لا يغادران هذه الخزنة إلا إذا صدّرتَ كل شيء.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="126" />
        <source>Export a report</source>
        <translation>تصدير تقرير</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="132" />
        <source>Save report…</source>
        <translation>حفظ التقرير…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="133" />
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="134" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="139" />
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="143" />
        <source>Saved: %1 bytes.</source>
        <translation>حُفظ: %1 بايت.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="21" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="28" />
        <source>Lock after idle minutes</source>
        <translation>القفل بعد دقائق من الخمول</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="36" />
        <source>Lock after</source>
        <translation>القفل بعد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="37" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="38" />
        <source>A new language applies the next time hrdoc starts.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل hrdoc في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="35" />
        <source>Unlock hrdoc</source>
        <translation>فتح hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="37" />
        <location filename="../../hrdoc/gui/unlock.py" line="50" />
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="43" />
        <location filename="../../hrdoc/gui/unlock.py" line="70" />
        <source>Unlock</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="45" />
        <source>Forgot it? Use the recovery code</source>
        <translation>نسيتها؟ استخدم رمز الاسترداد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="47" />
        <location filename="../../hrdoc/gui/unlock.py" line="51" />
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="48" />
        <location filename="../../hrdoc/gui/unlock.py" line="52" />
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="49" />
        <source>Repeat the new passphrase</source>
        <translation>أعد كتابة عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="53" />
        <source>Repeat</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="70" />
        <source>Set new passphrase</source>
        <translation>تعيين عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>_IncidentListTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="41" />
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>_RedactedExportDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="59" />
        <source>What will go out</source>
        <translation>ما سيخرج</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="62" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="73" />
        <source>Redaction profile</source>
        <translation>ملف الحجب</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="74" />
        <source>Exactly what goes out, after redaction:</source>
        <translation>ما سيخرج بالضبط بعد الحجب:</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="102" />
        <source>Writing…</source>
        <translation>جارٍ الكتابة…</translation>
    </message>
</context>
</TS>