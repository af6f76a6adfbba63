# ruff: noqa: E501, S314  (translation pairs are long lines; the .ts file is our own)
"""Build the desktop app's translations (resources/translations/hrdoc_<lang>.qm).

Collects the strings with pyside6-lupdate, fills each .ts file from the
tables below, and compiles it with pyside6-lrelease. Run from the repository:
    .venv/bin/python packaging/make_translations.py
A string missing from a table stays English in the window (and is listed).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "resources" / "translations"

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


ES_FR = {
    "&Contacts…": ("&Contactos…", "&Contacts…"),
    "&Exchange": ("&Intercambio", "É&change"),
    "&Import bundle…": ("&Importar paquete…", "&Importer un paquet…"),
    "&Lock": ("&Bloquear", "&Verrouiller"),
    "&My key…": ("&Mi clave…", "&Ma clé…"),
    "&Settings…": ("&Ajustes…", "&Paramètres…"),
    "&Vault": ("&Bóveda", "&Coffre"),
    "(NOT verified)": ("(NO verificado)", "(NON vérifié)"),
    "(from the date)": ("(según la fecha)", "(d'après la date)"),
    "A new language applies the next time hrdoc starts.": (
        "El nuevo idioma se aplica la próxima vez que se inicie hrdoc.",
        "La nouvelle langue s'applique au prochain démarrage de hrdoc.",
    ),
    "A person's name and contact details start secret: they never leave this vault unless you export in full.": (
        "El nombre y los datos de contacto de una persona empiezan como secretos: nunca salen de esta bóveda salvo en una exportación completa.",
        "Le nom et les coordonnées d'une personne sont d'abord secrets : ils ne quittent jamais ce coffre, sauf export complet.",
    ),
    "Add": ("Añadir", "Ajouter"),
    "Add card from file…": (
        "Añadir tarjeta desde archivo…",
        "Ajouter une carte depuis un fichier…",
    ),
    "Add evidence files": ("Añadir archivos de prueba", "Ajouter des fichiers de preuve"),
    "Add files…": ("Añadir archivos…", "Ajouter des fichiers…"),
    "Add pasted card": ("Añadir la tarjeta pegada", "Ajouter la carte collée"),
    "Added": ("Añadido", "Ajouté"),
    "Added %n file(s).": ("%n archivo(s) añadido(s).", "%n fichier(s) ajouté(s)."),
    "Added. Compare this fingerprint with them before trusting it: ": (
        "Añadido. Compare esta huella con ellos antes de confiar en ella: ",
        "Ajouté. Comparez cette empreinte avec eux avant de vous y fier : ",
    ),
    "All cases": ("Todos los casos", "Tous les dossiers"),
    "Already here": ("Ya presentes", "Déjà présents"),
    "An imported version differs from yours. Yours is kept until you choose.": (
        "Una versión importada difiere de la suya. La suya se conserva hasta que usted elija.",
        "Une version importée diffère de la vôtre. La vôtre est conservée jusqu'à votre choix.",
    ),
    "C&onflicts…": ("C&onflictos…", "C&onflits…"),
    "Cancel": ("Cancelar", "Annuler"),
    "Case": ("Caso", "Dossier"),
    "Case title": ("Título del caso", "Titre du dossier"),
    "Cases": ("Casos", "Dossiers"),
    "Change": ("Cambiar", "Changer"),
    "Change &passphrase…": ("Cambiar &frase de contraseña…", "Changer la &phrase de passe…"),
    "Change passphrase": ("Cambiar la frase de contraseña", "Changer la phrase de passe"),
    "Choose at least one recipient.": (
        "Elija al menos un destinatario.",
        "Choisissez au moins un destinataire.",
    ),
    "Conflicts": ("Conflictos", "Conflits"),
    "Conflicts (your versions are kept)": (
        "Conflictos (se conservan sus versiones)",
        "Conflits (vos versions sont conservées)",
    ),
    "Contact card": ("Tarjeta de contacto", "Carte de contact"),
    "Contacts": ("Contactos", "Contacts"),
    "Copy card": ("Copiar tarjeta", "Copier la carte"),
    "Country": ("País", "Pays"),
    "Create vault": ("Crear la bóveda", "Créer le coffre"),
    "Create your hrdoc vault": ("Cree su bóveda hrdoc", "Créez votre coffre hrdoc"),
    "Date": ("Fecha", "Date"),
    "Date precision": ("Precisión de la fecha", "Précision de la date"),
    "Description": ("Descripción", "Description"),
    "Differences": ("Diferencias", "Différences"),
    "Evidence": ("Pruebas", "Preuves"),
    "Evidence files": ("Archivos de prueba", "Fichiers de preuve"),
    "Exactly what goes out, after redaction:": (
        "Exactamente lo que sale, después de la redacción:",
        "Exactement ce qui sort, après caviardage :",
    ),
    "Export &bundle…": ("Exportar &paquete…", "Exporter un &paquet…"),
    "Export &report…": ("Exportar &informe…", "Exporter un &rapport…"),
    "Export a bundle": ("Exportar un paquete", "Exporter un paquet"),
    "Export a copy": ("Exportar una copia", "Exporter une copie"),
    "Export a copy…": ("Exportar una copia…", "Exporter une copie…"),
    "Export a report": ("Exportar un informe", "Exporter un rapport"),
    "Exported a verified copy (SHA-256 checked).": (
        "Copia verificada exportada (SHA-256 comprobado).",
        "Copie vérifiée exportée (SHA-256 contrôlé).",
    ),
    "File": ("Archivo", "Fichier"),
    "Fingerprint": ("Huella", "Empreinte"),
    "Fingerprints match: verify": (
        "Las huellas coinciden: verificar",
        "Les empreintes concordent : vérifier",
    ),
    "Forgot it? Use the recovery code": (
        "¿La olvidó? Use el código de recuperación",
        "Oubliée ? Utilisez le code de récupération",
    ),
    "Format": ("Formato", "Format"),
    "History": ("Historial", "Historique"),
    "I have written it down": ("Ya lo he anotado", "Je l'ai noté"),
    "ISO code, e.g. LB; ZZ if withheld": (
        "Código ISO, p. ej. LB; ZZ si se reserva",
        "Code ISO, p. ex. LB ; ZZ s'il est tenu secret",
    ),
    "Import": ("Importar", "Importer"),
    "Import &MVT results…": ("Importar resultados de &MVT…", "Importer des résultats &MVT…"),
    "Import &STIX indicators…": ("Importar indicadores &STIX…", "Importer des indicateurs &STIX…"),
    "Import a bundle": ("Importar un paquete", "Importer un paquet"),
    "Incident": ("Incidente", "Incident"),
    "Incident title": ("Título del incidente", "Titre de l'incident"),
    "Incidents": ("Incidentes", "Incidents"),
    "Indicator type": ("Tipo de indicador", "Type d'indicateur"),
    "Indicator value": ("Valor del indicador", "Valeur de l'indicateur"),
    "Indicators": ("Indicadores", "Indicateurs"),
    "Interventions": ("Intervenciones", "Interventions"),
    "Keep mine": ("Conservar la mía", "Garder la mienne"),
    "Kind": ("Clase", "Genre"),
    "Kind of intervention": ("Tipo de intervención", "Type d'intervention"),
    "Known indicator": ("Indicador conocido", "Indicateur connu"),
    "Language": ("Idioma", "Langue"),
    "Last group of the recovery code": (
        "Último grupo del código de recuperación",
        "Dernier groupe du code de récupération",
    ),
    "Load a fictional sample case to try hrdoc": (
        "Cargar un caso de ejemplo ficticio para probar hrdoc",
        "Charger un dossier d'exemple fictif pour essayer hrdoc",
    ),
    "Loaded %1 indicators.": ("%1 indicadores cargados.", "%1 indicateurs chargés."),
    "Lock after": ("Bloquear tras", "Verrouiller après"),
    "Lock after idle minutes": (
        "Bloquear tras minutos de inactividad",
        "Verrouiller après des minutes d'inactivité",
    ),
    "Locked. Unlock…": ("Bloqueada. Desbloquear…", "Verrouillé. Déverrouiller…"),
    "MVT output folder": ("Carpeta de resultados de MVT", "Dossier de résultats MVT"),
    "My key": ("Mi clave", "Ma clé"),
    "NOT verified": ("NO verificado", "NON vérifié"),
    "Name": ("Nombre", "Nom"),
    "New &case…": ("Nuevo &caso…", "Nouveau &dossier…"),
    "New &incident…": ("Nuevo &incidente…", "Nouvel &incident…"),
    "New case": ("Nuevo caso", "Nouveau dossier"),
    "New incident": ("Nuevo incidente", "Nouvel incident"),
    "New passphrase": ("Nueva frase de contraseña", "Nouvelle phrase de passe"),
    "No conflicts.": ("No hay conflictos.", "Aucun conflit."),
    "Outcome": ("Resultado", "Résultat"),
    "Passphrase": ("Frase de contraseña", "Phrase de passe"),
    "Paste a contact card here": (
        "Pegue aquí una tarjeta de contacto",
        "Collez une carte de contact ici",
    ),
    "People": ("Personas", "Personnes"),
    "People and organisations": ("Personas y organizaciones", "Personnes et organisations"),
    "Place": ("Lugar", "Lieu"),
    "Precision": ("Precisión", "Précision"),
    "QR code of the selected contact": (
        "Código QR del contacto seleccionado",
        "Code QR du contact sélectionné",
    ),
    "Read these digits with them, group by group. Do they match?": (
        "Lean juntos estos dígitos, grupo por grupo. ¿Coinciden?",
        "Lisez ces chiffres avec eux, groupe par groupe. Concordent-ils ?",
    ),
    "Recipients": ("Destinatarios", "Destinataires"),
    "Recovery code": ("Código de recuperación", "Code de récupération"),
    "Redaction profile": ("Perfil de redacción", "Profil de caviardage"),
    "Region": ("Región", "Région"),
    "Repeat": ("Repetir", "Répéter"),
    "Repeat the new passphrase": (
        "Repita la nueva frase de contraseña",
        "Répétez la nouvelle phrase de passe",
    ),
    "Repeat the passphrase": ("Repita la frase de contraseña", "Répétez la phrase de passe"),
    "Role": ("Papel", "Rôle"),
    "STIX 2.1 indicators": ("Indicadores STIX 2.1", "Indicateurs STIX 2.1"),
    "Save": ("Guardar", "Enregistrer"),
    "Save bundle": ("Guardar paquete", "Enregistrer le paquet"),
    "Save bundle…": ("Guardar paquete…", "Enregistrer le paquet…"),
    "Save report": ("Guardar informe", "Enregistrer le rapport"),
    "Save report…": ("Guardar informe…", "Enregistrer le rapport…"),
    "Save the changes to this incident first?": (
        "¿Guardar antes los cambios de este incidente?",
        "Enregistrer d'abord les modifications de cet incident ?",
    ),
    "Saved bundle %1.": ("Paquete %1 guardado.", "Paquet %1 enregistré."),
    "Saved.": ("Guardado.", "Enregistré."),
    "Saved: %1 bytes.": ("Guardado: %1 bytes.", "Enregistré : %1 octets."),
    "Search": ("Buscar", "Rechercher"),
    "Search incidents, people, indicators": (
        "Buscar incidentes, personas, indicadores",
        "Rechercher incidents, personnes, indicateurs",
    ),
    "Select the incident the MVT results belong to first.": (
        "Seleccione primero el incidente al que pertenecen los resultados de MVT.",
        "Sélectionnez d'abord l'incident auquel appartiennent les résultats MVT.",
    ),
    "Send this card to partners, then compare the fingerprint with them by phone or in person.": (
        "Envíe esta tarjeta a sus socios y compare la huella con ellos por teléfono o en persona.",
        "Envoyez cette carte à vos partenaires, puis comparez l'empreinte avec eux par téléphone ou en personne.",
    ),
    "Set new passphrase": (
        "Establecer nueva frase de contraseña",
        "Définir une nouvelle phrase de passe",
    ),
    "Settings": ("Ajustes", "Paramètres"),
    "Size": ("Tamaño", "Taille"),
    "Take theirs (mine stays in the history)": (
        "Tomar la suya (la mía queda en el historial)",
        "Prendre la leur (la mienne reste dans l'historique)",
    ),
    "The two passphrases differ.": (
        "Las dos frases de contraseña no coinciden.",
        "Les deux phrases de passe diffèrent.",
    ),
    "This bundle was already imported; nothing would change.": (
        "Este paquete ya se importó; nada cambiaría.",
        "Ce paquet a déjà été importé ; rien ne changerait.",
    ),
    "This file is already in the library.": (
        "Este archivo ya está en la biblioteca.",
        "Ce fichier est déjà dans la bibliothèque.",
    ),
    "This image cannot be shown.": (
        "No se puede mostrar esta imagen.",
        "Cette image ne peut pas être affichée.",
    ),
    "Title": ("Título", "Titre"),
    "Too large to preview.": (
        "Demasiado grande para la vista previa.",
        "Trop volumineux pour l'aperçu.",
    ),
    "Type": ("Tipo", "Type"),
    "Type the last group of 6 digits to confirm:": (
        "Escriba el último grupo de 6 dígitos para confirmar:",
        "Tapez le dernier groupe de 6 chiffres pour confirmer :",
    ),
    "Unlock": ("Desbloquear", "Déverrouiller"),
    "Unlock hrdoc": ("Desbloquear hrdoc", "Déverrouiller hrdoc"),
    "Unsaved changes": ("Cambios sin guardar", "Modifications non enregistrées"),
    "Value": ("Valor", "Valeur"),
    "Verification": ("Verificación", "Vérification"),
    "Verified": ("Verificado", "Vérifié"),
    "Verify contact": ("Verificar contacto", "Vérifier le contact"),
    "What": ("Qué", "Quoi"),
    "What will go out": ("Lo que saldrá", "Ce qui sortira"),
    "Who may see it": ("Quién puede verlo", "Qui peut le voir"),
    "Would add": ("Añadiría", "Ajouterait"),
    "Writing…": ("Escribiendo…", "Écriture…"),
    "Your records are kept encrypted on this computer. Choose a long passphrase: several unrelated words are easy to remember and hard to guess.": (
        "Sus registros se guardan cifrados en este ordenador. Elija una frase de contraseña larga: varias palabras sin relación son fáciles de recordar y difíciles de adivinar.",
        "Vos données sont conservées chiffrées sur cet ordinateur. Choisissez une longue phrase de passe : plusieurs mots sans rapport sont faciles à retenir et difficiles à deviner.",
    ),
    "Your recovery code. It is shown only this once. Write it on paper and keep it away from this computer: it opens the vault if you forget the passphrase.": (
        "Su código de recuperación. Solo se muestra esta vez. Escríbalo en papel y guárdelo lejos de este ordenador: abre la bóveda si olvida la frase de contraseña.",
        "Votre code de récupération. Il n'est affiché qu'une fois. Écrivez-le sur papier et gardez-le loin de cet ordinateur : il ouvre le coffre si vous oubliez la phrase de passe.",
    ),
    "domain, URL, phone number, process name…": (
        "dominio, URL, número de teléfono, nombre de proceso…",
        "domaine, URL, numéro de téléphone, nom de processus…",
    ),
    "unknown sender": ("remitente desconocido", "expéditeur inconnu"),
    "verified": ("verificado", "vérifié"),
    "yes": ("sí", "oui"),
    "Too short: use at least %1 characters.": (
        "Demasiado corta: use al menos %1 caracteres.",
        "Trop courte : utilisez au moins %1 caractères.",
    ),
    "Too repetitive.": ("Demasiado repetitiva.", "Trop répétitive."),
    "Strong: a long passphrase of several words.": (
        "Fuerte: una frase larga de varias palabras.",
        "Forte : une longue phrase de plusieurs mots.",
    ),
    "Fair. Four or more unrelated words would be stronger.": (
        "Aceptable. Cuatro o más palabras sin relación serían más fuertes.",
        "Correcte. Quatre mots sans rapport ou plus seraient plus forts.",
    ),
    "Weak: a single word or short phrase can be guessed. Add more words.": (
        "Débil: una sola palabra o una frase corta se pueden adivinar. Añada más palabras.",
        "Faible : un seul mot ou une phrase courte se devine. Ajoutez des mots.",
    ),
}

TABLES = {
    "ar": AR,
    "es": {source: pair[0] for source, pair in ES_FR.items()},
    "fr": {source: pair[1] for source, pair in ES_FR.items()},
}


def build(lang: str, table: dict[str, str]) -> None:
    tools = Path(sys.executable).parent
    ts = HERE / f"hrdoc_{lang}.ts"
    sources = sorted(str(p) for p in (ROOT / "hrdoc" / "gui").glob("*.py"))
    subprocess.run([str(tools / "pyside6-lupdate"), *sources, "-ts", str(ts)], check=True)
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        if source not in table:
            print(f"{lang}: untranslated: {source}", file=sys.stderr)
            continue
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            ET.SubElement(translation, "numerusform").text = table[source]
        else:
            translation.text = table[source]
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [str(tools / "pyside6-lrelease"), str(ts), "-qm", str(HERE / f"hrdoc_{lang}.qm")],
        check=True,
    )


def main() -> int:
    for lang, table in TABLES.items():
        build(lang, table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
