<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
<context>
    <name />
    <message>
        <source>&amp;Help</source>
        <translation>ال&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;دليل الاستخدام</translation>
    </message>
    <message>
        <source>&amp;What hrdoc protects you from</source>
        <translation>&amp;ممّا يحميك hrdoc</translation>
    </message>
    <message>
        <source>&amp;About hrdoc</source>
        <translation>&amp;حول hrdoc</translation>
    </message>
    <message>
        <source>A spreadsheet of incidents</source>
        <translation>جدول بيانات بالحوادث</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>جداول البيانات (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Imported %1 incident(s).</source>
        <translation>استُوردت %1 حادثة.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../hrdoc/gui/about.py" line="25" />
        <source>About hrdoc</source>
        <translation>حول hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/about.py" line="30" />
        <source>hrdoc %1: encrypted documentation for human rights defenders.</source>
        <translation>hrdoc %1: توثيق مشفّر للمدافعين عن حقوق الإنسان.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/about.py" line="36" />
        <source>Licences</source>
        <translation>التراخيص</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="54" />
        <source>This vault has never been backed up. A lost or seized laptop would take everything with it.</source>
        <translation>لم تُنسخ هذه الخزنة احتياطياً قط. الحاسوب المفقود أو المصادَر سيأخذ كل شيء معه.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="62" />
        <source>The last backup is %n day(s) old.</source>
        <translation>عمر آخر نسخة احتياطية %n يوماً.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="75" />
        <source>Back up the vault</source>
        <translation>النسخ الاحتياطي للخزنة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="84" />
        <source>Writing the backup, then reading it back to check it…</source>
        <translation>تُكتب النسخة الاحتياطية ثم تُقرأ للتحقق منها…</translation>
    </message>
</context>
<context>
    <name>BackupBar</name>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="101" />
        <source>Back up now…</source>
        <translation>انسخ احتياطياً الآن…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="103" />
        <source>Later</source>
        <translation>لاحقاً</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="468" />
        <source>Export a bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="470" />
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="479" />
        <source>Recipients</source>
        <translation>المستلمون</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="472" />
        <source>(NOT verified)</source>
        <translation>(غير مُتحقَّق منه)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="478" />
        <source>Save bundle…</source>
        <translation>حفظ الحزمة…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="481" />
        <source>Send files hrdoc cannot clean as they are, their metadata included</source>
        <translation>أرسل الملفات التي لا يستطيع hrdoc تنظيفها كما هي، مع بياناتها الوصفية</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="516" />
        <source>Choose at least one recipient.</source>
        <translation>اختر مستلماً واحداً على الأقل.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="518" />
        <source>Save bundle</source>
        <translation>حفظ الحزمة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="523" />
        <source>Saved bundle %1.</source>
        <translation>حُفظت الحزمة %1.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="140" />
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>أعد كتابة عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="147" />
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
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
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="25" />
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="33" />
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="29" />
        <source>An imported version differs from yours. Yours is kept until you choose.</source>
        <translation>تختلف نسخة مستوردة عن نسختك. تبقى نسختك حتى تختار.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="35" />
        <source>Differences</source>
        <translation>الاختلافات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="37" />
        <source>Keep mine</source>
        <translation>أبقِ نسختي</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="38" />
        <source>Take theirs (mine stays in the history)</source>
        <translation>خذ نسختهم (تبقى نسختي في السجل)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="63" />
        <source>No conflicts.</source>
        <translation>لا توجد تعارضات.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="72" />
        <source>mine</source>
        <translation>نسختي</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="73" />
        <source>theirs</source>
        <translation>نسختهم</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="37" />
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="42" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="43" />
        <source>Verified</source>
        <translation>مُتحقَّق منه</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="44" />
        <source>Keeps my backup</source>
        <translation>يحتفظ بنسختي الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="45" />
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="54" />
        <source>Paste a contact card here</source>
        <translation>الصق بطاقة جهة الاتصال هنا</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="55" />
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="132" />
        <source>Contact card</source>
        <translation>بطاقة جهة اتصال</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="57" />
        <source>Add pasted card</source>
        <translation>إضافة البطاقة الملصقة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="58" />
        <source>Add card from file…</source>
        <translation>إضافة بطاقة من ملف…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="59" />
        <source>Fingerprints match: verify</source>
        <translation>البصمات متطابقة: تحقّق</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="60" />
        <source>Keeps my backup: yes or no</source>
        <translation>يحتفظ بنسختي الاحتياطية: نعم أو لا</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="62" />
        <source>A verified contact who keeps a full copy of your records (Vault &gt; Back up)</source>
        <translation>جهة اتصال مُتحقَّق منها تحتفظ بنسخة كاملة من سجلاتك (الخزنة &gt; نسخ احتياطي)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="70" />
        <source>QR code of the selected contact</source>
        <translation>رمز QR لجهة الاتصال المحددة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="90" />
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="91" />
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="90" />
        <source>NOT verified</source>
        <translation>غير مُتحقَّق منه</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="126" />
        <source>Added. Compare this fingerprint with them before trusting it: </source>
        <translation>أُضيفت. قارن هذه البصمة معهم قبل الوثوق بها: </translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="149" />
        <source>Verify contact</source>
        <translation>التحقق من جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="150" />
        <source>Read these digits with them, group by group. Do they match?</source>
        <translation>اقرأ هذه الأرقام معهم، مجموعةً مجموعة. هل تتطابق؟</translation>
    </message>
</context>
<context>
    <name>CountryField</name>
    <message>
        <location filename="../../hrdoc/gui/country_field.py" line="34" />
        <source>Withheld or unknown</source>
        <translation>محجوب أو غير معروف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/country_field.py" line="47" />
        <source>Type part of the name, or its code</source>
        <translation>اكتب جزءاً من الاسم، أو رمزه</translation>
    </message>
</context>
<context>
    <name>Deleting</name>
    <message numerus="yes">
        <source>Delete this case and the %n record(s) under it?</source>
        <translation>
            <numerusform>حذف هذه القضية و%n سجل تحتها؟</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Erase “%1” and the %n record(s) under it for good, with every earlier version and their files? This cannot be undone.</source>
        <translation>
            <numerusform>محو «%1» و%n سجل تحتها نهائيًا، مع كل نسخة سابقة وملفاتها؟ لا يمكن التراجع عن ذلك.</numerusform></translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="86" />
        <location filename="../../hrdoc/gui/panic_ui.py" line="98" />
        <source>Duress passphrase</source>
        <translation>عبارة مرور الإكراه</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="92" />
        <source>Typed at unlock instead of your passphrase, a duress passphrase opens a decoy vault and destroys this one for good, at once: keep a backup somewhere else. The folder looks the same with or without one.</source>
        <translation>إذا كُتبت عند الفتح بدلاً من عبارة مرورك، تفتح عبارة مرور الإكراه خزنة تمويهية وتُتلف هذه الخزنة نهائياً فوراً: احتفظ بنسخة احتياطية في مكان آخر. يبدو المجلد كما هو بوجودها أو بدونها.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="100" />
        <source>Put the fictional sample case in the decoy</source>
        <translation>ضع القضية النموذجية الخيالية في الخزنة التمويهية</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="111" />
        <source>Set duress passphrase</source>
        <translation>تعيين عبارة مرور الإكراه</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="114" />
        <source>Remove it</source>
        <translation>إزالتها</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="139" />
        <source>Edit case</source>
        <translation>تعديل القضية</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="141" />
        <location filename="../../hrdoc/gui/record_dialogs.py" line="144" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="142" />
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="143" />
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
</context>
<context>
    <name>EditRecordsDialog</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="339" />
        <source>Beside each field: who may see it. A field goes out only where both its own level and the record's level allow it.</source>
        <translation>بجانب كل حقل: من يمكنه رؤيته. لا يخرج الحقل إلا حيث يسمح بذلك مستواه ومستوى السجل معاً.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="345" />
        <source>The person or organisation</source>
        <translation>الشخص أو المنظمة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="346" />
        <source>Their part in this incident</source>
        <translation>دوره في هذه الحادثة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="357" />
        <source>Who may see: %1</source>
        <translation>من يمكنه رؤية: %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="367" />
        <location filename="../../hrdoc/gui/record_dialogs.py" line="370" />
        <source>Who may see the whole record</source>
        <translation>من يمكنه رؤية السجل كله</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../hrdoc/gui/worker.py" line="27" />
        <source>Cancelled; nothing was changed.</source>
        <extracomment>jobs started and not yet ended, so locking can stop them all</extracomment>
        <translation>أُلغي؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/worker.py" line="28" />
        <source>Wrong passphrase. The vault was not opened and nothing was changed.</source>
        <translation>عبارة مرور خاطئة. لم تُفتح الخزنة ولم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/worker.py" line="31" />
        <source>Wrong recovery code. The vault was not opened and nothing was changed.</source>
        <translation>رمز استرداد خاطئ. لم تُفتح الخزنة ولم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/worker.py" line="34" />
        <source>The vault is locked.</source>
        <translation>الخزنة مقفلة.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/worker.py" line="73" />
        <source>Unexpected error (%1); nothing was changed.</source>
        <translation>خطأ غير متوقع (%1)؛ لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="56" />
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="56" />
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="60" />
        <source>Evidence files</source>
        <translation>ملفات الأدلة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="62" />
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>تصدير نسخة…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="63" />
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="65" />
        <source>Description, date, source, who may see it, and whether it may be published</source>
        <translation>الوصف والتاريخ والمصدر ومن يمكنه رؤيته وهل يجوز نشره</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="68" />
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="69" />
        <source>Write a verified copy of the selected file</source>
        <translation>كتابة نسخة مُتحقَّق منها من الملف المحدد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="70" />
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="71" />
        <source>Delete the selected row (Undo brings it back)</source>
        <translation>احذف الصف المحدد (التراجع يعيده)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="73" />
        <source>Erase…</source>
        <translation>محو…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="75" />
        <source>Erase the selected file for good, with the copies made from it</source>
        <translation>محو الملف المحدد نهائياً مع النسخ المصنوعة منه</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="78" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="96" />
        <source>What the file says about itself</source>
        <translation>ما يقوله الملف عن نفسه</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="139" />
        <source>Add evidence files</source>
        <translation>إضافة ملفات أدلة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdoc/gui/evidence_panel.py" line="182" />
        <source>Added %n file(s).</source>
        <translation>
            <numerusform>أُضيف %n ملف.</numerusform></translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="208" />
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="211" />
        <source>Captured on (2016-08-10, 2016-08 or 2016)</source>
        <translation>تاريخ الالتقاط (2016-08-10 أو 2016-08 أو 2016)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="214" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="216" />
        <source>May be published (a public report may show it)</source>
        <translation>يجوز نشره (يمكن أن يعرضه تقرير عام)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="219" />
        <source>Edit evidence</source>
        <translation>تعديل الدليل</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="223" />
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="230" />
        <source>Export a copy</source>
        <translation>تصدير نسخة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="246" />
        <source>Exported a verified copy (SHA-256 checked).</source>
        <translation>صُدِّرت نسخة مُتحقَّق منها (فُحصت SHA-256).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="279" />
        <source>The file says about itself: %1. This is kept secret: it leaves this vault only in a full export, and bundles below 'full' carry a copy of the file without it.</source>
        <translation>يقول الملف عن نفسه: %1. يُحفظ هذا سريًّا: لا يغادر هذه الخزنة إلا في تصدير كامل، والحزم دون «الكامل» تحمل نسخة من الملف من دونه.</translation>
    </message>
    <message>
        <source>The file says about itself: %1. This stays secret unless you change who may see it; bundles below 'full' carry a copy of the file without it.</source>
        <translation type="vanished">يقول الملف عن نفسه: %1. يبقى هذا سريًّا ما لم تغيّر من يمكنه رؤيته؛ والحزم دون «الكامل» تحمل نسخة من الملف من دونه.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="291" />
        <source>Too large to preview.</source>
        <translation>أكبر من أن يُعاين.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="297" />
        <source>This image cannot be shown.</source>
        <translation>لا يمكن عرض هذه الصورة.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="51" />
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="52" />
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="53" />
        <source>People and organisations</source>
        <translation>الأشخاص والمنظمات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="54" />
        <source>Roles in incidents</source>
        <translation>الأدوار في الحوادث</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="55" />
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="56" />
        <source>Evidence files</source>
        <translation>ملفات الأدلة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="57" />
        <source>Interventions</source>
        <translation>التدخلات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="64" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="65" />
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="66" />
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="68" />
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="70" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="67" />
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="69" />
        <source>First seen</source>
        <translation>أول ظهور</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="71" />
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="72" />
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="73" />
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="74" />
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="75" />
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="76" />
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="77" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="78" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="79" />
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="80" />
        <source>Attributes</source>
        <translation>السمات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="81" />
        <source>Contact</source>
        <translation>بيانات الاتصال</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="82" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="83" />
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="84" />
        <source>By whom</source>
        <translation>من قام به</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="85" />
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="86" />
        <source>Chain of custody</source>
        <translation>سلسلة الحيازة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="93" />
        <source>Removed</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="94" />
        <source>Replaced by a pseudonym</source>
        <translation>استُبدل باسم مستعار</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="95" />
        <source>Made less precise</source>
        <translation>جُعل أقل دقة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="96" />
        <source>Names replaced in free text</source>
        <translation>أسماء استُبدلت في النص الحر</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="99" />
        <source>Redaction profile</source>
        <translation>ملف الحجب</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="100" />
        <source>Records that go out:</source>
        <translation>السجلات التي ستخرج:</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="110" />
        <source>%1 withheld</source>
        <translation>%1 محجوب</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="117" />
        <source>Nothing: this profile withholds every record.</source>
        <translation>لا شيء: هذا الملف يحجب كل السجلات.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="122" />
        <source>Changed on the way out:</source>
        <translation>ما يتغيّر عند الخروج:</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="130" />
        <source>Check these before sending (they quote your vault):</source>
        <translation>تحقّق من هذه قبل الإرسال (فيها اقتباس من خزنتك):</translation>
    </message>
</context>
<context>
    <name>FieldLevelsDialog</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="284" />
        <source>Who may see each field</source>
        <translation>من يمكنه رؤية كل حقل</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="290" />
        <source>A field goes out only where both its own level and the record's level allow it.</source>
        <translation>لا يخرج الحقل إلا حيث يسمح بذلك مستواه ومستوى السجل معاً.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="22" />
        <source>From (2016-08)</source>
        <translation>من (⁦2016-08⁩)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="24" />
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="27" />
        <source>Country (TN)</source>
        <translation>البلد (TN)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="35" />
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="36" />
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="38" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="37" />
        <source>Country code</source>
        <translation>رمز البلد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="39" />
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="40" />
        <source>Who may see it</source>
        <translation>من يمكنه رؤيته</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="41" />
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="42" />
        <source>Received from</source>
        <translation>وردت من</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="58" />
        <source>Any type</source>
        <translation>أي نوع</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="63" />
        <source>Any verification</source>
        <translation>أي تحقق</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="68" />
        <source>Any level</source>
        <translation>أي مستوى</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="77" />
        <source>Any evidence</source>
        <translation>أدلة أو لا</translation>
    </message>
    <message>
        <source>Anyone may see</source>
        <translation type="vanished">أي مستوى</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="70" />
        <source>Public</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="71" />
        <source>Restricted</source>
        <translation>مقيّد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="72" />
        <source>Secret</source>
        <translation>سري</translation>
    </message>
    <message>
        <source>With or without evidence</source>
        <translation type="vanished">بأدلة أو بدونها</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="78" />
        <source>With evidence</source>
        <translation>بأدلة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="78" />
        <source>Without evidence</source>
        <translation>بدون أدلة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="82" />
        <source>From anyone</source>
        <translation>من أي مرسل</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="38" />
        <source>Create your hrdoc vault</source>
        <translation>أنشئ خزنة hrdoc الخاصة بك</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="53" />
        <source>Your records are kept encrypted on this computer. Choose a long passphrase: several unrelated words are easy to remember and hard to guess.</source>
        <translation>تُحفظ سجلاتك مشفّرة على هذا الحاسوب. اختر عبارة مرور طويلة: عدة كلمات غير مترابطة سهلة التذكر وصعبة التخمين.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="58" />
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>أعد كتابة عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="59" />
        <source>Load a fictional sample case to try hrdoc</source>
        <translation>تحميل قضية نموذجية خيالية لتجربة hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="62" />
        <source>Create vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="72" />
        <source>Restore a backup instead…</source>
        <translation>استعادة نسخة احتياطية بدلاً من ذلك…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="143" />
        <source>Your recovery code. It is shown only this once. Write it on paper and keep it away from this computer: it opens the vault if you forget the passphrase.</source>
        <translation>رمز الاسترداد الخاص بك. يُعرض هذه المرة فقط. اكتبه على ورقة واحفظه بعيداً عن هذا الحاسوب: يفتح الخزنة إن نسيت عبارة المرور.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="151" />
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="153" />
        <source>Type the last group of 6 digits to confirm:</source>
        <translation>اكتب المجموعة الأخيرة من 6 أرقام للتأكيد:</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="155" />
        <source>Last group of the recovery code</source>
        <translation>المجموعة الأخيرة من رمز الاسترداد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="157" />
        <source>I have written it down</source>
        <translation>لقد دوّنته</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="183" />
        <source>Type the 6 digits of the last group (end of the second line).</source>
        <translation>اكتب الأرقام الستة للمجموعة الأخيرة (نهاية السطر الثاني).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="186" />
        <source>These are not the last 6 digits of the code above. Check what you wrote down.</source>
        <translation>هذه ليست الأرقام الستة الأخيرة من الرمز أعلاه. راجع ما كتبته.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../hrdoc/gui/guide.py" line="54" />
        <source>hrdoc user guide</source>
        <translation>دليل استخدام hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/guide.py" line="61" />
        <source>User guide</source>
        <translation>دليل الاستخدام</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/guide.py" line="84" />
        <source>Only the guide's own pages open here.</source>
        <translation>لا تُفتح هنا إلا صفحات الدليل نفسه.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="432" />
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="438" />
        <source>created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="439" />
        <source>changed</source>
        <translation>عُدِّل</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="440" />
        <source>imported from a bundle</source>
        <translation>استُورد من حزمة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="441" />
        <source>a copy was exported</source>
        <translation>صُدِّرت نسخة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="442" />
        <source>conflict: kept this vault's version</source>
        <translation>تعارض: أُبقيت نسخة هذه الخزنة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="444" />
        <source>Versions (times in UTC)</source>
        <translation>النسخ (الأوقات بالتوقيت العالمي UTC)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="447" />
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="450" />
        <source>What happened, in order (audit log)</source>
        <translation>ما جرى بالترتيب (سجل التدقيق)</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="286" />
        <source>Import a bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="292" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="294" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="324" />
        <source>unknown sender</source>
        <translation>مرسل غير معروف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="325" />
        <source>verified</source>
        <translation>مُتحقَّق منه</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="325" />
        <source>NOT verified</source>
        <translation>غير مُتحقَّق منه</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="327" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="328" />
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="329" />
        <source>Profile</source>
        <translation>ملف الحجب</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="334" />
        <source>You have not compared this fingerprint with the sender yet. Compare it (by phone or in person) before you rely on what the bundle says.</source>
        <translation>لم تقارن هذه البصمة مع المرسل بعد. قارنها (عبر الهاتف أو وجهاً لوجه) قبل أن تعتمد على ما في الحزمة.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="339" />
        <source>This bundle was already imported; nothing would change.</source>
        <translation>استُوردت هذه الحزمة من قبل؛ لن يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="341" />
        <source>Would add</source>
        <translation>سيُضاف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="341" />
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="345" />
        <source>Already here</source>
        <translation>موجود مسبقاً</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="348" />
        <source>Conflicts (your versions are kept)</source>
        <translation>تعارضات (تبقى نسخك)</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="39" />
        <source>Imported</source>
        <translation>استُوردت</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="40" />
        <source>Already imported</source>
        <translation>مستوردة من قبل</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="41" />
        <source>Refused</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="42" />
        <source>Not tried (cancelled)</source>
        <translation>لم تُجرَّب (أُلغي)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="51" />
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="68" />
        <source>Bundles imported</source>
        <translation>الحزم المستوردة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="60" />
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="61" />
        <source>Sender</source>
        <translation>المرسل</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="62" />
        <source>Verified contact</source>
        <translation>جهة اتصال موثّقة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="63" />
        <source>Records added</source>
        <translation>السجلات المضافة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="64" />
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="65" />
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="70" />
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="71" />
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="119" />
        <source>Also import from senders who are not my contacts</source>
        <translation>استورد أيضًا من مرسلين ليسوا من جهات اتصالي</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="143" />
        <source>Importing bundles…</source>
        <translation>جارٍ استيراد الحزم…</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="96" />
        <source>Incident title</source>
        <extracomment>vault drafts keep edits not saved when the vault locked, one per incident the incident fields this editor changes, and how to read each widget where a validation message goes, by the words it starts with</extracomment>
        <translation>عنوان الحادثة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="98" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="150" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="298" />
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="101" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="151" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="299" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="103" />
        <source>Date precision</source>
        <translation>دقة التاريخ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="104" />
        <source>(from the date)</source>
        <translation>(من التاريخ)</translation>
    </message>
    <message>
        <source>ISO code, e.g. LB; ZZ if withheld</source>
        <translation>رمز ISO، مثل LB؛ أو ZZ إن كان محجوباً</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="106" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="153" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="300" />
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="108" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="154" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="301" />
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="110" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="155" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="302" />
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="112" />
        <source>latitude, e.g. 33.89</source>
        <translation>خط العرض، مثلاً 33.89</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="115" />
        <source>longitude, e.g. 35.50</source>
        <translation>خط الطول، مثلاً 35.50</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="126" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="148" />
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="128" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="157" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="306" />
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="130" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="158" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="305" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="132" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="164" />
        <source>Who may see it</source>
        <translation>من يمكنه رؤيته</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="134" />
        <source>Who may see each field…</source>
        <translation>من يمكنه رؤية كل حقل…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="142" />
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="149" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="297" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="152" />
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="113" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="303" />
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="116" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="304" />
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="156" />
        <source>Coordinates</source>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="207" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="208" />
        <source>Choose a day on a calendar</source>
        <translation>اختر يوماً من التقويم</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="307" />
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="386" />
        <source>Edits not saved before the vault locked are back. Check them and save.</source>
        <translation>عادت التعديلات التي لم تُحفظ قبل قفل الخزنة. راجعها ثم احفظها.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="410" />
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="32" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="33" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="34" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="35" />
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="36" />
        <source>Received from</source>
        <translation>وردت من</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="176" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="209" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="176" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="210" />
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="176" />
        <source>Known indicator</source>
        <translation>مؤشر معروف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="176" />
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="178" />
        <source>Indicator type</source>
        <translation>نوع المؤشر</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="180" />
        <source>domain, URL, phone number, process name…</source>
        <translation>نطاق، رابط، رقم هاتف، اسم عملية…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="180" />
        <source>Indicator value</source>
        <translation>قيمة المؤشر</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="183" />
        <source>Edit indicator</source>
        <translation>تعديل المؤشر</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="211" />
        <source>First seen</source>
        <translation>أول ظهور</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="212" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="213" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>InterventionsTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="368" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="371" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="396" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="368" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="395" />
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="368" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="372" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="398" />
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="368" />
        <source>Interventions</source>
        <translation>التدخلات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="370" />
        <source>Kind of intervention</source>
        <translation>نوع التدخل</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="374" />
        <source>Edit intervention</source>
        <translation>تعديل التدخل</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="397" />
        <source>By whom</source>
        <translation>من قام به</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="399" />
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="102" />
        <source>Cases</source>
        <extracomment>the vault's folder even while locked (panic needs no passphrase)</extracomment>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>Search incidents, people, indicators</source>
        <translation type="vanished">ابحث في الحوادث والأشخاص والمؤشرات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="112" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="124" />
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="128" />
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="129" />
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="131" />
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="133" />
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="135" />
        <source>Interventions</source>
        <translation>التدخلات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="137" />
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Locked. Unlock…</source>
        <translation>مقفلة. فتح…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="108" />
        <source>Search incidents, people, indicators, evidence, places</source>
        <translation>ابحث في الحوادث والأشخاص والمؤشرات والأدلة والأماكن</translation>
    </message>
    <message>
        <source>No incidents match.</source>
        <translation>لا توجد حوادث مطابقة.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="168" />
        <source>The vault is locked. Nothing from it is shown until you unlock it.</source>
        <translation>الخزنة مقفلة. لا يُعرض شيء منها حتى تفتحها.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="171" />
        <source>&amp;Unlock…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="182" />
        <location filename="../../hrdoc/gui/main_window.py" line="475" />
        <source>Locked</source>
        <translation>مقفلة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="183" />
        <source>Vault</source>
        <translation>الخزنة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="185" />
        <source>Incidents shown</source>
        <translation>الحوادث المعروضة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="187" />
        <source>Last backup</source>
        <translation>آخر نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="190" />
        <source>&amp;Vault</source>
        <translation>ال&amp;خزنة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="193" />
        <source>New &amp;case…</source>
        <translation>&amp;قضية جديدة…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="194" />
        <source>New &amp;incident…</source>
        <translation>&amp;حادثة جديدة…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="200" />
        <source>Change &amp;passphrase…</source>
        <translation>تغيير &amp;عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="203" />
        <source>&amp;Back up…</source>
        <translation>&amp;نسخ احتياطي…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="206" />
        <source>Back up for &amp;trusted contacts…</source>
        <translation>نسخ احتياطي لجهات اتصال &amp;موثوقة…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="209" />
        <source>&amp;Duress passphrase…</source>
        <translation>عبارة مرور الإ&amp;كراه…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="212" />
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="213" />
        <source>Pa&amp;nic: destroy access…</source>
        <translation>ال&amp;طوارئ: إتلاف الوصول…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="217" />
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="220" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="221" />
        <source>&amp;Delete incident</source>
        <translation>&amp;حذف الحادثة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="226" />
        <source>&amp;Undo delete</source>
        <translation>&amp;تراجع عن الحذف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="231" />
        <source>Edit c&amp;ase…</source>
        <translation>تعديل ال&amp;قضية…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="233" />
        <source>Delete &amp;case…</source>
        <translation>حذف ال&amp;قضية…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="235" />
        <source>&amp;Erase incident for good…</source>
        <translation>&amp;محو الحادثة نهائيًا…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="239" />
        <source>&amp;Exchange</source>
        <translation>الت&amp;بادل</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="241" />
        <source>Export &amp;report…</source>
        <translation>تصدير &amp;تقرير…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="242" />
        <source>Export &amp;bundle…</source>
        <translation>تصدير &amp;حزمة…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="243" />
        <source>&amp;Import bundle…</source>
        <translation>استيرا&amp;د حزمة…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="244" />
        <source>Import a &amp;folder of bundles…</source>
        <translation>استيراد م&amp;جلد حزم…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="245" />
        <source>Restore from a contact's &amp;copy…</source>
        <translation>الاستعادة من &amp;نسخة جهة اتصال…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="246" />
        <source>&amp;My key…</source>
        <translation>م&amp;فتاحي…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="247" />
        <source>&amp;Contacts…</source>
        <translation>جهات الا&amp;تصال…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="248" />
        <source>C&amp;onflicts…</source>
        <translation>التعا&amp;رضات…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="249" />
        <source>&amp;Senders…</source>
        <translation>المر&amp;سلون…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="250" />
        <source>Import &amp;MVT results…</source>
        <translation>استيراد نتائج &amp;MVT…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="251" />
        <source>Import &amp;STIX indicators…</source>
        <translation>استيراد مؤشرات &amp;STIX…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="252" />
        <source>Import s&amp;preadsheet…</source>
        <translation>استيراد &amp;جدول بيانات…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/guide.py" line="106" />
        <source>&amp;Help</source>
        <translation>ال&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/guide.py" line="107" />
        <source>&amp;User guide</source>
        <translation>&amp;دليل الاستخدام</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/guide.py" line="111" />
        <source>&amp;What hrdoc protects you from</source>
        <translation>&amp;ممّا يحميك hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/guide.py" line="114" />
        <source>&amp;About hrdoc</source>
        <translation>&amp;حول hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="295" />
        <source>Unlocked: %1</source>
        <translation>مفتوحة: %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="305" />
        <source>Edits that could not be saved when the vault locked were kept. They come back when you open the incident: %1</source>
        <translation>حُفظت التعديلات التي تعذّر حفظها عند قفل الخزنة. ستعود عند فتح الحادثة: %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="68" />
        <source>Last backup: %1</source>
        <translation>آخر نسخة احتياطية: %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="70" />
        <source>No backup yet</source>
        <translation>لا نسخة احتياطية بعد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="89" />
        <source>Back up for trusted contacts</source>
        <translation>نسخ احتياطي لجهات اتصال موثوقة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="99" />
        <source>Backup bundle written for %1. Give it to them; on a new computer, Exchange &gt; Restore from a contact's copy brings the records back with your recovery code.</source>
        <translation>كُتبت حزمة النسخ الاحتياطي لـ %1. سلّمها لهم؛ على حاسوب جديد، يعيد «التبادل &gt; الاستعادة من نسخة جهة اتصال» السجلات برمز الاسترداد.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="109" />
        <source>Writing the backup bundle…</source>
        <translation>تُكتب حزمة النسخ الاحتياطي…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="121" />
        <source>A backup a contact kept for you</source>
        <translation>نسخة احتياطية احتفظت بها جهة اتصال لك</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="127" />
        <source>Restore from a contact's copy</source>
        <translation>الاستعادة من نسخة جهة اتصال</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="128" />
        <source>The recovery code of the vault that made this backup:</source>
        <translation>رمز الاسترداد للخزنة التي أنشأت هذه النسخة:</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="139" />
        <source>Restored %1 record(s).</source>
        <translation>استُعيد %1 سجلاً.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="147" />
        <source>Restoring the records…</source>
        <translation>تُستعاد السجلات…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="157" />
        <source>Backup written and checked: %1. The passphrase (or recovery code) of today opens it; keep it away from this computer.</source>
        <translation>كُتبت النسخة الاحتياطية وتُحقِّق منها: %1. تفتحها عبارة المرور (أو رمز الاسترداد) الحالية؛ احفظها بعيداً عن هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="317" />
        <source>All cases</source>
        <translation>كل القضايا</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="390" />
        <source>Import a bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="413" />
        <source>Select the incident the MVT results belong to first.</source>
        <translation>اختر أولاً الحادثة التي تعود إليها نتائج MVT.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="415" />
        <source>MVT output folder</source>
        <translation>مجلد نتائج MVT</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="421" />
        <source>Importing MVT results…</source>
        <translation>جارٍ استيراد نتائج MVT…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="430" />
        <source>STIX 2.1 indicators</source>
        <translation>مؤشرات STIX 2.1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="436" />
        <source>Loading STIX indicators…</source>
        <translation>جارٍ تحميل مؤشرات STIX…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="439" />
        <source>Loaded %1 indicators.</source>
        <translation>حُمِّل %1 مؤشراً.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="441" />
        <source>This file is already in the library.</source>
        <translation>هذا الملف موجود في المكتبة من قبل.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="221" />
        <source>A spreadsheet of incidents</source>
        <translation>جدول بيانات بالحوادث</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="223" />
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>جداول البيانات (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="234" />
        <source>Imported %1 incident(s).</source>
        <translation>استُوردت %1 حادثة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdoc/gui/main_window.py" line="505" />
        <source>%n incident(s) shown</source>
        <translation>
            <numerusform>لا حوادث معروضة</numerusform><numerusform>حادثة واحدة معروضة</numerusform><numerusform>حادثتان معروضتان</numerusform><numerusform>%n حوادث معروضة</numerusform><numerusform>%n حادثة معروضة</numerusform><numerusform>%n حادثة معروضة</numerusform></translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="575" />
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="576" />
        <source>Save the changes to this incident first?</source>
        <translation>هل تحفظ تغييرات هذه الحادثة أولاً؟</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/toolbar.py" line="36" />
        <source>Select the incident the files belong to.</source>
        <translation>اختر الحادثة التي تخصها الملفات.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/toolbar.py" line="42" />
        <source>Main actions</source>
        <translation>الإجراءات الرئيسية</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/toolbar.py" line="50" />
        <source>New incident</source>
        <translation>حادثة جديدة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/toolbar.py" line="56" />
        <source>Add evidence</source>
        <translation>إضافة دليل</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/toolbar.py" line="62" />
        <source>Report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/toolbar.py" line="68" />
        <source>Bundle</source>
        <translation>حزمة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/toolbar.py" line="72" />
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/views_menu.py" line="88" />
        <source>V&amp;iew</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/views_menu.py" line="90" />
        <source>&amp;Timeline</source>
        <translation>&amp;الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/views_menu.py" line="92" />
        <source>&amp;Statistics</source>
        <translation>إ&amp;حصاءات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="127" />
        <source>No incidents match. Clear the search or the filter to see them all.</source>
        <translation>لا حوادث مطابقة. امسح البحث أو عامل التصفية لرؤيتها كلها.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="131" />
        <source>No incidents in this case yet. Add one with New incident (Ctrl+N).</source>
        <translation>لا حوادث في هذه القضية بعد. أضف واحدة من «حادثة جديدة» (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="134" />
        <source>No incidents yet. Add the first with New incident (Ctrl+N), or import a spreadsheet or a bundle from the Exchange menu. Help &gt; User guide (F1) explains each step.</source>
        <translation>لا حوادث بعد. أضف الأولى من «حادثة جديدة» (Ctrl+N)، أو استورد جدول بيانات أو حزمة من قائمة التبادل. تشرح المساعدة &gt; دليل الاستخدام (F1) كل خطوة.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="109" />
        <source>A folder of bundles</source>
        <translation>مجلد حزم</translation>
    </message>
</context>
<context>
    <name>MyKeyDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="387" />
        <source>My key</source>
        <translation>مفتاحي</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="392" />
        <source>Send this card to partners, then compare the fingerprint with them by phone or in person.</source>
        <translation>أرسل هذه البطاقة إلى الشركاء، ثم قارن البصمة معهم عبر الهاتف أو وجهاً لوجه.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="401" />
        <source>Your name or your organisation's, as partners see it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="403" />
        <source>Name on the card</source>
        <translation>الاسم على البطاقة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="404" />
        <source>Set name</source>
        <translation>تعيين الاسم</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="411" />
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="422" />
        <source>Copy card</source>
        <translation>نسخ البطاقة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="451" />
        <source>Saved. Cards you send from now on carry this name.</source>
        <translation>حُفظ. تحمل البطاقات التي ترسلها من الآن هذا الاسم.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="114" />
        <source>New case</source>
        <translation>قضية جديدة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="116" />
        <source>Case title</source>
        <translation>عنوان القضية</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="119" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="120" />
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="118" />
        <location filename="../../hrdoc/gui/record_dialogs.py" line="121" />
        <source>Who may see it</source>
        <translation>من يمكنه رؤيته</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="169" />
        <source>New incident</source>
        <translation>حادثة جديدة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="176" />
        <source>Incident title</source>
        <translation>عنوان الحادثة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="180" />
        <source>(from the date)</source>
        <translation>(من التاريخ)</translation>
    </message>
    <message>
        <source>ISO code, e.g. LB; ZZ if withheld</source>
        <translation>رمز ISO، مثل LB؛ أو ZZ إن كان محجوباً</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="200" />
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="201" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="202" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="203" />
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="186" />
        <location filename="../../hrdoc/gui/record_dialogs.py" line="204" />
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="205" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="206" />
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="207" />
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="198" />
        <location filename="../../hrdoc/gui/record_dialogs.py" line="208" />
        <source>Who may see it</source>
        <translation>من يمكنه رؤيته</translation>
    </message>
</context>
<context>
    <name>PanicDialog</name>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="35" />
        <source>Panic</source>
        <translation>الطوارئ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="38" />
        <source>Destroy access to this vault now?</source>
        <translation>إتلاف الوصول إلى هذه الخزنة الآن؟</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="39" />
        <source>The passphrase will no longer open it, and hrdoc quits.</source>
        <translation>لن تفتحها عبارة المرور بعد الآن، وسيُغلق hrdoc.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="42" />
        <source>The recovery code will not open it either: only a backup brings it back.</source>
        <translation>ولن يفتحها رمز الاسترداد أيضاً: وحدها النسخة الاحتياطية تعيدها.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="45" />
        <source>The recovery code written on paper will still open it.</source>
        <translation>سيظل رمز الاسترداد المكتوب على الورق يفتحها.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="47" />
        <source>The database and the evidence files are deleted too.</source>
        <translation>وتُحذف قاعدة البيانات وملفات الأدلة أيضاً.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="55" />
        <source>Destroy access now</source>
        <translation>أتلِف الوصول الآن</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>قصيرة جداً: استخدم %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Too repetitive.</source>
        <translation>متكررة أكثر من اللازم.</translation>
    </message>
    <message>
        <source>Strong: a long passphrase of several words.</source>
        <translation>قوية: عبارة مرور طويلة من عدة كلمات.</translation>
    </message>
    <message>
        <source>Fair. Four or more unrelated words would be stronger.</source>
        <translation>مقبولة. أربع كلمات غير مترابطة أو أكثر ستكون أقوى.</translation>
    </message>
    <message>
        <source>Weak: a single word or short phrase can be guessed. Add more words.</source>
        <translation>ضعيفة: يمكن تخمين كلمة واحدة أو عبارة قصيرة. أضف كلمات أخرى.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="27" />
        <source>Several unrelated words are easy to remember and hard to guess.</source>
        <extracomment>the window's language, set when its translation is installed (hrdoc/gui/app.py)</extracomment>
        <translation>الكلمات المتعددة غير المترابطة سهلة التذكر وصعبة التخمين.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="31" />
        <source>Strong enough.</source>
        <translation>قوية بما يكفي.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="34" />
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="37" />
        <source>This is one of the most used passwords.</source>
        <translation>هذه من أكثر كلمات السر استخداماً.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="40" />
        <source>This is a very common password.</source>
        <translation>هذه كلمة سر شائعة جداً.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="43" />
        <source>This is close to a commonly used password.</source>
        <translation>هذه قريبة من كلمة سر شائعة الاستخدام.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="46" />
        <source>A single word is easy to guess.</source>
        <translation>الكلمة الواحدة سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="49" />
        <source>A name on its own is easy to guess.</source>
        <translation>الاسم وحده سهل التخمين.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="52" />
        <source>Dates are easy to guess.</source>
        <translation>التواريخ سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="55" />
        <source>Years are easy to guess.</source>
        <translation>السنوات سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="62" />
        <source>Add more unrelated words.</source>
        <translation>أضف كلمات أخرى غير مترابطة.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="64" />
        <source>Too easy to guess. Add more unrelated words, or use a suggested passphrase.</source>
        <translation>سهلة التخمين جداً. أضف كلمات أخرى غير مترابطة، أو استخدم عبارة مرور مقترحة.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="81" />
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="110" />
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="86" />
        <source>Repeat the passphrase</source>
        <translation>أعد كتابة عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="92" />
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="96" />
        <source>Suggest a passphrase</source>
        <translation>اقتراح عبارة مرور</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="99" />
        <source>Random words, shown so you can write them down; click again for others</source>
        <translation>كلمات عشوائية تُعرض لتكتبها؛ انقر مرة أخرى لغيرها</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="104" />
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="111" />
        <source>Repeat</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="131" />
        <source>Choose a stronger passphrase: the meter must be full.</source>
        <translation>اختر عبارة مرور أقوى: يجب أن يمتلئ المقياس.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="135" />
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="145" />
        <source>Write it down and keep it away from this computer until you know it by heart.</source>
        <translation>اكتبها واحفظها بعيداً عن هذا الحاسوب حتى تحفظها عن ظهر قلب.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="235" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="245" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="235" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="243" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="322" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="235" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="244" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="321" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="236" />
        <source>People and organisations</source>
        <translation>الأشخاص والمنظمات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="241" />
        <source>Someone already recorded</source>
        <translation>شخص مسجَّل من قبل</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="247" />
        <source>Edit person or organisation</source>
        <translation>تعديل الشخص أو المنظمة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="256" />
        <source>Erase person…</source>
        <translation>محو الشخص…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="258" />
        <source>Erase this person from the vault for good: every incident, every version</source>
        <translation>محو هذا الشخص من الخزنة نهائياً: من كل حادثة وكل نسخة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="282" />
        <source>Someone new: type the name below</source>
        <translation>شخص جديد: اكتب الاسم أدناه</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="323" />
        <source>Other names (one per line)</source>
        <translation>أسماء أخرى (اسم في كل سطر)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="324" />
        <source>Contact</source>
        <translation>بيانات الاتصال</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="325" />
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="331" />
        <source>Role in this incident</source>
        <translation>الدور في هذه الحادثة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="332" />
        <source>Confidence</source>
        <translation>درجة الثقة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="333" />
        <source>Notes on their role</source>
        <translation>ملاحظات عن دوره</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="347" />
        <source>They are already listed in this role.</source>
        <translation>مدرَج بالفعل بهذا الدور.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="251" />
        <source>A person's name and contact details start secret: they never leave this vault unless you export in full.</source>
        <translation>يبدأ اسم الشخص وبيانات الاتصال به سريّين: لا يغادران هذه الخزنة إلا إذا صدّرتَ كل شيء.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../hrdoc/gui/worker.py" line="130" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="43" />
        <source>Discard what you typed here?</source>
        <translation>هل تتخلّى عمّا كتبته هنا؟</translation>
    </message>
    <message>
        <source>Less protection</source>
        <translation>حماية أقل</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="257" />
        <source>These fields would be less protected than hrdoc's default: %1. They could then appear in bundles for partners or in public reports. Save anyway?</source>
        <translation>ستصبح هذه الحقول أقل حماية من الإعداد الافتراضي في hrdoc: %1. قد تظهر عندها في حزم الشركاء أو في التقارير العامة. هل تحفظ رغم ذلك؟</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../hrdoc/gui/deleting.py" line="86" />
        <source>Erase for good</source>
        <translation>محو نهائي</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdoc/gui/deleting.py" line="91" />
        <source>Erase “%1” and the %n record(s) under it for good, with every earlier version and their files? This cannot be undone.</source>
        <translation>
            <numerusform>محو «%1» و%n سجل تحتها نهائيًا، مع كل نسخة سابقة وملفاتها؟ لا يمكن التراجع عن ذلك.</numerusform></translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/deleting.py" line="101" />
        <source>Also erased</source>
        <translation>يُمحى أيضاً</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/deleting.py" line="110" />
        <source>This person is still named in the places below. In each ticked one the name is replaced with “[name withheld]” and the record's earlier versions are erased:</source>
        <translation>ما زال اسم هذا الشخص مذكوراً في المواضع أدناه. في كل موضع مؤشَّر يُستبدل الاسم بـ«[name withheld]» وتُمحى النسخ السابقة من السجل:</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/deleting.py" line="132" />
        <source>&amp;Erase for good</source>
        <translation>ال&amp;محو نهائياً</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="248" />
        <source>Export a report</source>
        <translation>تصدير تقرير</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="254" />
        <source>Save report…</source>
        <translation>حفظ التقرير…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="255" />
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="256" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="262" />
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="266" />
        <source>Saved: %1 bytes.</source>
        <translation>حُفظ: %1 بايت.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="121" />
        <location filename="../../hrdoc/gui/backup_ui.py" line="172" />
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="127" />
        <source>Choose the backup file, then type the passphrase the vault had when the backup was made (or use the recovery code).</source>
        <translation>اختر ملف النسخة الاحتياطية، ثم اكتب عبارة المرور التي كانت للخزنة عند إنشاء النسخة (أو استخدم رمز الاسترداد).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="133" />
        <location filename="../../hrdoc/gui/backup_ui.py" line="139" />
        <source>Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="134" />
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="142" />
        <location filename="../../hrdoc/gui/backup_ui.py" line="143" />
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="144" />
        <source>I have only the recovery code</source>
        <translation>لدي رمز الاسترداد فقط</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="147" />
        <location filename="../../hrdoc/gui/backup_ui.py" line="148" />
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="157" />
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="180" />
        <source>Choose the backup file first.</source>
        <translation>اختر ملف النسخة الاحتياطية أولاً.</translation>
    </message>
</context>
<context>
    <name>Senders</name>
    <message>
        <location filename="../../hrdoc/gui/senders_dialog.py" line="32" />
        <location filename="../../hrdoc/gui/senders_dialog.py" line="42" />
        <source>Senders</source>
        <translation>المرسلون</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/senders_dialog.py" line="37" />
        <source>Sender</source>
        <translation>المرسل</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/senders_dialog.py" line="38" />
        <source>Bundles</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/senders_dialog.py" line="39" />
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/senders_dialog.py" line="48" />
        <source>&amp;Withdraw their records…</source>
        <translation>&amp;سحب سجلاتهم…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/senders_dialog.py" line="53" />
        <source>No bundle has been imported yet (Exchange &gt; Import bundle…).</source>
        <translation>لم تُستورد أي حزمة بعد (التبادل &gt; استيراد حزمة…).</translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="100" />
        <source>Same as the record</source>
        <extracomment>languages hrdoc offers, each named in itself</extracomment>
        <translation>مثل السجل</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="41" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdoc/gui/settings_dialog.py" line="33" />
        <source>minutes</source>
        <extracomment>shortcuts offered for Panic: none of them is taken by the window already</extracomment>
        <translation>
            <numerusform>دقيقة</numerusform><numerusform>دقيقة</numerusform><numerusform>دقيقتان</numerusform><numerusform>دقائق</numerusform><numerusform>دقيقة</numerusform><numerusform>دقيقة</numerusform></translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="48" />
        <source>Lock after idle minutes</source>
        <translation>القفل بعد دقائق من الخمول</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdoc/gui/settings_dialog.py" line="34" />
        <source>days</source>
        <translation>
            <numerusform>يوم</numerusform><numerusform>يوم</numerusform><numerusform>يومان</numerusform><numerusform>أيام</numerusform><numerusform>يوماً</numerusform><numerusform>يوم</numerusform></translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="51" />
        <location filename="../../hrdoc/gui/settings_dialog.py" line="90" />
        <source>Never</source>
        <translation>أبداً</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="56" />
        <location filename="../../hrdoc/gui/settings_dialog.py" line="65" />
        <source>Remind me to back up after</source>
        <translation>ذكّرني بالنسخ الاحتياطي بعد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="64" />
        <source>Lock after</source>
        <translation>القفل بعد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="66" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="67" />
        <source>A new language applies the next time hrdoc starts.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل hrdoc في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="68" />
        <source>Panic also destroys the recovery code's key</source>
        <translation>الطوارئ تُتلف أيضاً مفتاح رمز الاسترداد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="70" />
        <source>Panic also deletes the database and evidence files</source>
        <translation>الطوارئ تحذف أيضاً قاعدة البيانات وملفات الأدلة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="74" />
        <location filename="../../hrdoc/gui/settings_dialog.py" line="87" />
        <source>Panic shortcut</source>
        <translation>اختصار الطوارئ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="75" />
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="91" />
        <location filename="../../hrdoc/gui/settings_dialog.py" line="95" />
        <source>Destroy this vault after wrong passphrases</source>
        <translation>إتلاف هذه الخزنة بعد عبارات مرور خاطئة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="99" />
        <source>Counted in the vault's folder; someone with a copy of the folder is not bound by it.</source>
        <translation>يُحسب العدد في مجلد الخزنة؛ من لديه نسخة من المجلد لا يتقيّد به.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="55" />
        <source>Numbers of the chart: %1</source>
        <translation>أرقام الرسم: %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="76" />
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="77" />
        <source>Save as &amp;PNG…</source>
        <translation>حفظ بصيغة &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="78" />
        <source>Save as &amp;SVG…</source>
        <translation>حفظ بصيغة &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="113" />
        <source>Save the chart</source>
        <translation>حفظ الرسم</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="127" />
        <source>Could not save the chart: %1</source>
        <translation>تعذّر حفظ الرسم: %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="153" />
        <source>Statistics</source>
        <translation>إحصاءات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="157" />
        <source>What the list shows</source>
        <translation>ما تعرضه القائمة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="158" />
        <source>The whole vault</source>
        <translation>الخزنة كلها</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="159" />
        <source>Count</source>
        <translation>العدّ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="163" />
        <source>No incident to count. Add one with Vault &gt; New incident, or clear the filter above the list.</source>
        <translation>لا حوادث لعدّها. أضف واحدة من الخزنة &gt; حادثة جديدة، أو امسح عامل التصفية فوق القائمة.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="173" />
        <source>Count:</source>
        <translation>العدّ:</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <extracomment>milliseconds the last update took (counting and drawing the chart shown)</extracomment>
        <translation>
            <numerusform>لا حوادث</numerusform><numerusform>حادثة واحدة</numerusform><numerusform>حادثتان</numerusform><numerusform>%n حوادث</numerusform><numerusform>%n حادثة</numerusform><numerusform>%n حادثة</numerusform></translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="53" />
        <source>Import a spreadsheet</source>
        <translation>استيراد جدول بيانات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="58" />
        <source>%1: %2 row(s). Choose the field each column fills.</source>
        <translation>%1: %2 صفاً. اختر الحقل الذي يملؤه كل عمود.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="65" />
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="65" />
        <source>First values</source>
        <translation>القيم الأولى</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="65" />
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="67" />
        <source>Columns and fields</source>
        <translation>الأعمدة والحقول</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="77" />
        <source>(not imported)</source>
        <translation>(لا يُستورد)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="82" />
        <source>Field for column %1</source>
        <translation>حقل العمود %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="89" />
        <source>Year first only (2016-08-10)</source>
        <translation>السنة أولاً فقط (2016-08-10)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="90" />
        <source>Day first (10/08/2016 is 10 August)</source>
        <translation>اليوم أولاً (10/08/2016 هو 10 أغسطس)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="91" />
        <source>Month first (08/10/2016 is 10 August)</source>
        <translation>الشهر أولاً (08/10/2016 هو 10 أغسطس)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="93" />
        <source>Dates written with /</source>
        <translation>التواريخ المكتوبة بـ /</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="96" />
        <source>What will be imported, and the problems</source>
        <translation>ما سيُستورد، والمشكلات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="99" />
        <source>Save mapping…</source>
        <translation>حفظ الربط…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="100" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="101" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="116" />
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="117" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="118" />
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="119" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="120" />
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="121" />
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="122" />
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="123" />
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="124" />
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="125" />
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="126" />
        <source>Coordinates</source>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="127" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="128" />
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="149" />
        <source>Two columns fill the same field: %1</source>
        <translation>عمودان يملآن الحقل نفسه: %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="157" />
        <source>The first rows, as they will be stored:</source>
        <translation>الصفوف الأولى كما ستُحفظ:</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="164" />
        <source>%1 problem(s): change the choices above, or fix the file and open it again.</source>
        <translation>%1 مشكلة: غيّر الاختيارات أعلاه، أو أصلح الملف وافتحه من جديد.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="171" />
        <source>%1 incident(s) in %2 new case(s) will be imported.</source>
        <translation>ستُستورد %1 حادثة في %2 قضية جديدة.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="185" />
        <source>Save the column mapping</source>
        <translation>حفظ ربط الأعمدة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="208" />
        <source>Importing the spreadsheet…</source>
        <translation>يُستورد جدول البيانات…</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="82" />
        <location filename="../../hrdoc/gui/timeline_view.py" line="194" />
        <source>Timeline</source>
        <extracomment>incidents drawn at most; a larger set asks for a narrower filter</extracomment>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="198" />
        <source>What the list shows</source>
        <translation>ما تعرضه القائمة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="199" />
        <source>The whole vault</source>
        <translation>الخزنة كلها</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="200" />
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="203" />
        <source>Lanes by type</source>
        <translation>مسارات حسب النوع</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="204" />
        <source>Lanes by person</source>
        <translation>مسارات حسب الشخص</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="205" />
        <source>Lanes by perpetrator</source>
        <translation>مسارات حسب الجاني</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="206" />
        <source>One lane</source>
        <translation>مسار واحد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="209" />
        <source>Lanes</source>
        <translation>المسارات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="219" />
        <source>Chosen incident</source>
        <translation>الحادثة المختارة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="222" />
        <source>No dated incident to show. Add one with Vault &gt; New incident, or clear the filter above the list.</source>
        <translation>لا حوادث مؤرخة لعرضها. أضف واحدة من الخزنة &gt; حادثة جديدة، أو امسح عامل التصفية فوق القائمة.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="241" />
        <source>A bar spans the month or year an incident is known to; a dot is a day; a dashed outline marks an approximate date. Click an incident or press Enter to open it.</source>
        <translation>يمتد الشريط على الشهر أو السنة المعروفة للحادثة؛ والنقطة يوم؛ ويدل الإطار المتقطع على تاريخ تقريبي. انقر حادثة أو اضغط Enter لفتحها.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) without a date are not shown.</source>
        <translation>
            <numerusform>لا حوادث بلا تاريخ</numerusform><numerusform>حادثة واحدة بلا تاريخ لا تُعرض.</numerusform><numerusform>حادثتان بلا تاريخ لا تُعرضان.</numerusform><numerusform>%n حوادث بلا تاريخ لا تُعرض.</numerusform><numerusform>%n حادثة بلا تاريخ لا تُعرض.</numerusform><numerusform>%n حادثة بلا تاريخ لا تُعرض.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The first %n incidents are shown: narrow the filter to see the rest.</source>
        <translation>
            <numerusform>تُعرض أول %n حادثة: ضيّق عامل التصفية لرؤية الباقي.</numerusform><numerusform>تُعرض أول %n حادثة: ضيّق عامل التصفية لرؤية الباقي.</numerusform><numerusform>تُعرض أول %n حادثة: ضيّق عامل التصفية لرؤية الباقي.</numerusform><numerusform>تُعرض أول %n حوادث: ضيّق عامل التصفية لرؤية الباقي.</numerusform><numerusform>تُعرض أول %n حادثة: ضيّق عامل التصفية لرؤية الباقي.</numerusform><numerusform>تُعرض أول %n حادثة: ضيّق عامل التصفية لرؤية الباقي.</numerusform></translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="291" />
        <source>No type</source>
        <translation>بلا نوع</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="293" />
        <source>No person named</source>
        <translation>بلا شخص مسمّى</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="295" />
        <source>No perpetrator named</source>
        <translation>بلا جانٍ مسمّى</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="296" />
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../hrdoc/gui/deleting.py" line="39" />
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/deleting.py" line="48" />
        <source>Deleted “%1”.</source>
        <translation>حُذفت «%1».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdoc/gui/deleting.py" line="50" />
        <source>%n record(s) under it too.</source>
        <translation>
            <numerusform>و%n سجل تحتها أيضًا.</numerusform></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="36" />
        <source>Unlock hrdoc</source>
        <translation>فتح hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="39" />
        <location filename="../../hrdoc/gui/unlock.py" line="57" />
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="45" />
        <location filename="../../hrdoc/gui/unlock.py" line="91" />
        <source>Unlock</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="47" />
        <source>Forgot it? Use the recovery code</source>
        <translation>نسيتها؟ استخدم رمز الاسترداد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="49" />
        <location filename="../../hrdoc/gui/unlock.py" line="59" />
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="65" />
        <source>Panic: destroy access…</source>
        <translation>الطوارئ: إتلاف الوصول…</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>أعد كتابة عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="53" />
        <source>Type the 48 digits of the recovery code you wrote down (spaces and dashes do not matter), then choose a new passphrase.</source>
        <translation>اكتب الأرقام الثمانية والأربعين لرمز الاسترداد الذي دوّنته (المسافات والشرطات لا تهم)، ثم اختر عبارة مرور جديدة.</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="91" />
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
        <location filename="../../hrdoc/gui/incident_tabs.py" line="58" />
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="60" />
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="61" />
        <source>Edit the selected row (or press Enter on it)</source>
        <translation>عدّل الصف المحدد (أو اضغط Enter عليه)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="63" />
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="64" />
        <source>Delete the selected row (Undo brings it back)</source>
        <translation>احذف الصف المحدد (التراجع يعيده)</translation>
    </message>
</context>
<context>
    <name>_RedactedExportDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="155" />
        <source>public: for publication (pseudonyms, no secrets)</source>
        <translation>public: للنشر (أسماء مستعارة، بلا أسرار)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="156" />
        <source>partner: for organisations you trust (no secrets)</source>
        <translation>partner: للمنظمات التي تثق بها (بلا أسرار)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="157" />
        <source>full: everything, for yourself</source>
        <translation>full: كل شيء، لك وحدك</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="163" />
        <source>What will go out</source>
        <translation>ما سيخرج</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="166" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="184" />
        <source>Redaction profile</source>
        <translation>ملف الحجب</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="185" />
        <source>Exactly what goes out, after redaction:</source>
        <translation>ما سيخرج بالضبط بعد الحجب:</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="204" />
        <source>Incidents:</source>
        <translation>الحوادث:</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="217" />
        <source>Writing…</source>
        <translation>جارٍ الكتابة…</translation>
    </message>
</context>
</TS>