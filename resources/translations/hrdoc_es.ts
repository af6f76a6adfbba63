<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name />
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>&amp;What hrdoc protects you from</source>
        <translation>&amp;De qué le protege hrdoc</translation>
    </message>
    <message>
        <source>&amp;About hrdoc</source>
        <translation>&amp;Acerca de hrdoc</translation>
    </message>
    <message>
        <source>A spreadsheet of incidents</source>
        <translation>Una hoja de cálculo de incidentes</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Imported %1 incident(s).</source>
        <translation>Se importaron %1 incidente(s).</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../hrdoc/gui/about.py" line="25" />
        <source>About hrdoc</source>
        <translation>Acerca de hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/about.py" line="30" />
        <source>hrdoc %1: encrypted documentation for human rights defenders.</source>
        <translation>hrdoc %1: documentación cifrada para personas defensoras de derechos humanos.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/about.py" line="36" />
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="54" />
        <source>This vault has never been backed up. A lost or seized laptop would take everything with it.</source>
        <translation>Este almacén nunca se ha copiado. Un portátil perdido o incautado se lo llevaría todo.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="62" />
        <source>The last backup is %n day(s) old.</source>
        <translation>La última copia tiene %n día(s).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="75" />
        <source>Back up the vault</source>
        <translation>Hacer copia del almacén</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="84" />
        <source>Writing the backup, then reading it back to check it…</source>
        <translation>Escribiendo la copia y leyéndola de nuevo para comprobarla…</translation>
    </message>
</context>
<context>
    <name>BackupBar</name>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="101" />
        <source>Back up now…</source>
        <translation>Hacer copia ahora…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="103" />
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="468" />
        <source>Export a bundle</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="470" />
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="479" />
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="472" />
        <source>(NOT verified)</source>
        <translation>(NO verificado)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="478" />
        <source>Save bundle…</source>
        <translation>Guardar paquete…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="481" />
        <source>Send files hrdoc cannot clean as they are, their metadata included</source>
        <translation>Enviar tal cual los archivos que hrdoc no puede limpiar, con sus metadatos</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="516" />
        <source>Choose at least one recipient.</source>
        <translation>Elija al menos un destinatario.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="518" />
        <source>Save bundle</source>
        <translation>Guardar paquete</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="523" />
        <source>Saved bundle %1.</source>
        <translation>Paquete %1 guardado.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="140" />
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="147" />
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="25" />
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="33" />
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="29" />
        <source>An imported version differs from yours. Yours is kept until you choose.</source>
        <translation>Una versión importada difiere de la suya. La suya se conserva hasta que usted elija.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="35" />
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="37" />
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="38" />
        <source>Take theirs (mine stays in the history)</source>
        <translation>Tomar la suya (la mía queda en el historial)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="63" />
        <source>No conflicts.</source>
        <translation>No hay conflictos.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="72" />
        <source>mine</source>
        <translation>la mía</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="73" />
        <source>theirs</source>
        <translation>la suya</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="37" />
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="42" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="43" />
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="44" />
        <source>Keeps my backup</source>
        <translation>Guarda mi copia</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="45" />
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="54" />
        <source>Paste a contact card here</source>
        <translation>Pegue aquí una tarjeta de contacto</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="55" />
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="132" />
        <source>Contact card</source>
        <translation>Tarjeta de contacto</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="57" />
        <source>Add pasted card</source>
        <translation>Añadir la tarjeta pegada</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="58" />
        <source>Add card from file…</source>
        <translation>Añadir tarjeta desde archivo…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="59" />
        <source>Fingerprints match: verify</source>
        <translation>Las huellas coinciden: verificar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="60" />
        <source>Keeps my backup: yes or no</source>
        <translation>Guarda mi copia: sí o no</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="62" />
        <source>A verified contact who keeps a full copy of your records (Vault &gt; Back up)</source>
        <translation>Un contacto verificado que guarda una copia completa de sus registros (Almacén &gt; Copia)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="70" />
        <source>QR code of the selected contact</source>
        <translation>Código QR del contacto seleccionado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="90" />
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="91" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="90" />
        <source>NOT verified</source>
        <translation>NO verificado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="126" />
        <source>Added. Compare this fingerprint with them before trusting it: </source>
        <translation>Añadido. Compare esta huella con ellos antes de confiar en ella: </translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="149" />
        <source>Verify contact</source>
        <translation>Verificar contacto</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="150" />
        <source>Read these digits with them, group by group. Do they match?</source>
        <translation>Lean juntos estos dígitos, grupo por grupo. ¿Coinciden?</translation>
    </message>
</context>
<context>
    <name>CountryField</name>
    <message>
        <location filename="../../hrdoc/gui/country_field.py" line="34" />
        <source>Withheld or unknown</source>
        <translation>Reservado o desconocido</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/country_field.py" line="47" />
        <source>Type part of the name, or its code</source>
        <translation>Escriba parte del nombre, o su código</translation>
    </message>
</context>
<context>
    <name>Deleting</name>
    <message numerus="yes">
        <source>Delete this case and the %n record(s) under it?</source>
        <translation>
            <numerusform>¿Eliminar este caso y los %n registro(s) que contiene?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Erase “%1” and the %n record(s) under it for good, with every earlier version and their files? This cannot be undone.</source>
        <translation>
            <numerusform>¿Borrar «%1» y los %n registro(s) que contiene definitivamente, con cada versión anterior y sus archivos? No se puede deshacer.</numerusform></translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="86" />
        <location filename="../../hrdoc/gui/panic_ui.py" line="98" />
        <source>Duress passphrase</source>
        <translation>Frase de coacción</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="92" />
        <source>Typed at unlock instead of your passphrase, a duress passphrase opens a decoy vault and destroys this one for good, at once: keep a backup somewhere else. The folder looks the same with or without one.</source>
        <translation>Escrita al desbloquear en lugar de su frase, una frase de coacción abre un almacén señuelo y destruye este para siempre, al instante: guarde una copia en otro lugar. La carpeta se ve igual con o sin ella.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="100" />
        <source>Put the fictional sample case in the decoy</source>
        <translation>Poner el caso de ejemplo ficticio en el señuelo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="111" />
        <source>Set duress passphrase</source>
        <translation>Establecer la frase de coacción</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="114" />
        <source>Remove it</source>
        <translation>Quitarla</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="139" />
        <source>Edit case</source>
        <translation>Editar caso</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="141" />
        <location filename="../../hrdoc/gui/record_dialogs.py" line="144" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="142" />
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="143" />
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
</context>
<context>
    <name>EditRecordsDialog</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="339" />
        <source>Beside each field: who may see it. A field goes out only where both its own level and the record's level allow it.</source>
        <translation>Junto a cada campo: quién puede verlo. Un campo sale solo donde lo permiten a la vez su propio nivel y el del registro.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="345" />
        <source>The person or organisation</source>
        <translation>La persona u organización</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="346" />
        <source>Their part in this incident</source>
        <translation>Su papel en este incidente</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="357" />
        <source>Who may see: %1</source>
        <translation>Quién puede ver: %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="367" />
        <location filename="../../hrdoc/gui/record_dialogs.py" line="370" />
        <source>Who may see the whole record</source>
        <translation>Quién puede ver todo el registro</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../hrdoc/gui/worker.py" line="27" />
        <source>Cancelled; nothing was changed.</source>
        <extracomment>jobs started and not yet ended, so locking can stop them all</extracomment>
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/worker.py" line="28" />
        <source>Wrong passphrase. The vault was not opened and nothing was changed.</source>
        <translation>Frase de contraseña incorrecta. La bóveda no se abrió y no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/worker.py" line="31" />
        <source>Wrong recovery code. The vault was not opened and nothing was changed.</source>
        <translation>Código de recuperación incorrecto. La bóveda no se abrió y no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/worker.py" line="34" />
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/worker.py" line="73" />
        <source>Unexpected error (%1); nothing was changed.</source>
        <translation>Error inesperado (%1); no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="56" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="56" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="60" />
        <source>Evidence files</source>
        <translation>Archivos de prueba</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="62" />
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>Exportar una copia…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="63" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="65" />
        <source>Description, date, source, who may see it, and whether it may be published</source>
        <translation>Descripción, fecha, fuente, quién puede verlo y si puede publicarse</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="68" />
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="69" />
        <source>Write a verified copy of the selected file</source>
        <translation>Escribir una copia verificada del archivo seleccionado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="70" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="71" />
        <source>Delete the selected row (Undo brings it back)</source>
        <translation>Eliminar la fila seleccionada (Deshacer la recupera)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="73" />
        <source>Erase…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="75" />
        <source>Erase the selected file for good, with the copies made from it</source>
        <translation>Borrar para siempre el archivo seleccionado y las copias hechas de él</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="78" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="96" />
        <source>What the file says about itself</source>
        <translation>Lo que el archivo dice de sí mismo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="139" />
        <source>Add evidence files</source>
        <translation>Añadir archivos de prueba</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdoc/gui/evidence_panel.py" line="182" />
        <source>Added %n file(s).</source>
        <translation>
            <numerusform>%n archivo(s) añadido(s).</numerusform></translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="208" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="211" />
        <source>Captured on (2016-08-10, 2016-08 or 2016)</source>
        <translation>Tomado el (2016-08-10, 2016-08 o 2016)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="214" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="216" />
        <source>May be published (a public report may show it)</source>
        <translation>Puede publicarse (un informe público puede mostrarlo)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="219" />
        <source>Edit evidence</source>
        <translation>Editar prueba</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="223" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="230" />
        <source>Export a copy</source>
        <translation>Exportar una copia</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="246" />
        <source>Exported a verified copy (SHA-256 checked).</source>
        <translation>Copia verificada exportada (SHA-256 comprobado).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="279" />
        <source>The file says about itself: %1. This is kept secret: it leaves this vault only in a full export, and bundles below 'full' carry a copy of the file without it.</source>
        <translation>El archivo dice de sí mismo: %1. Esto se guarda en secreto: solo sale de esta bóveda en una exportación completa, y los paquetes por debajo de «full» llevan una copia del archivo sin ello.</translation>
    </message>
    <message>
        <source>The file says about itself: %1. This stays secret unless you change who may see it; bundles below 'full' carry a copy of the file without it.</source>
        <translation type="vanished">El archivo dice de sí mismo: %1. Esto sigue siendo secreto salvo que cambie quién puede verlo; los paquetes por debajo de «full» llevan una copia del archivo sin ello.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="291" />
        <source>Too large to preview.</source>
        <translation>Demasiado grande para la vista previa.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="297" />
        <source>This image cannot be shown.</source>
        <translation>No se puede mostrar esta imagen.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="51" />
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="52" />
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="53" />
        <source>People and organisations</source>
        <translation>Personas y organizaciones</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="54" />
        <source>Roles in incidents</source>
        <translation>Papeles en incidentes</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="55" />
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="56" />
        <source>Evidence files</source>
        <translation>Archivos de prueba</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="57" />
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="64" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="65" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="66" />
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="68" />
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="70" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="67" />
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="69" />
        <source>First seen</source>
        <translation>Visto por primera vez</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="71" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="72" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="73" />
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="74" />
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="75" />
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="76" />
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="77" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="78" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="79" />
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="80" />
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="81" />
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="82" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="83" />
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="84" />
        <source>By whom</source>
        <translation>Por quién</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="85" />
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="86" />
        <source>Chain of custody</source>
        <translation>Cadena de custodia</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="93" />
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="94" />
        <source>Replaced by a pseudonym</source>
        <translation>Sustituido por un seudónimo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="95" />
        <source>Made less precise</source>
        <translation>Hecho menos preciso</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="96" />
        <source>Names replaced in free text</source>
        <translation>Nombres sustituidos en el texto libre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="99" />
        <source>Redaction profile</source>
        <translation>Perfil de redacción</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="100" />
        <source>Records that go out:</source>
        <translation>Registros que salen:</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="110" />
        <source>%1 withheld</source>
        <translation>%1 retenidos</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="117" />
        <source>Nothing: this profile withholds every record.</source>
        <translation>Nada: este perfil retiene todos los registros.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="122" />
        <source>Changed on the way out:</source>
        <translation>Cambios al salir:</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="130" />
        <source>Check these before sending (they quote your vault):</source>
        <translation>Revise esto antes de enviar (cita su bóveda):</translation>
    </message>
</context>
<context>
    <name>FieldLevelsDialog</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="284" />
        <source>Who may see each field</source>
        <translation>Quién puede ver cada campo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="290" />
        <source>A field goes out only where both its own level and the record's level allow it.</source>
        <translation>Un campo sale solo donde lo permiten a la vez su propio nivel y el del registro.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="22" />
        <source>From (2016-08)</source>
        <translation>Desde (2016-08)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="24" />
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="27" />
        <source>Country (TN)</source>
        <translation>País (TN)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="35" />
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="36" />
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="38" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="37" />
        <source>Country code</source>
        <translation>Código de país</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="39" />
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="40" />
        <source>Who may see it</source>
        <translation>Quién puede verlo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="41" />
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="42" />
        <source>Received from</source>
        <translation>Recibido de</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="58" />
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="63" />
        <source>Any verification</source>
        <translation>Cualquier verificación</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="68" />
        <source>Any level</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="77" />
        <source>Any evidence</source>
        <translation>Pruebas: todas</translation>
    </message>
    <message>
        <source>Anyone may see</source>
        <translation type="vanished">Cualquier nivel</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="70" />
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="71" />
        <source>Restricted</source>
        <translation>Restringido</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="72" />
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>With or without evidence</source>
        <translation type="vanished">Con o sin pruebas</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="78" />
        <source>With evidence</source>
        <translation>Con pruebas</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="78" />
        <source>Without evidence</source>
        <translation>Sin pruebas</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="82" />
        <source>From anyone</source>
        <translation>De cualquiera</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="38" />
        <source>Create your hrdoc vault</source>
        <translation>Cree su bóveda hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="53" />
        <source>Your records are kept encrypted on this computer. Choose a long passphrase: several unrelated words are easy to remember and hard to guess.</source>
        <translation>Sus registros se guardan cifrados en este ordenador. Elija una frase de contraseña larga: varias palabras sin relación son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="58" />
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="59" />
        <source>Load a fictional sample case to try hrdoc</source>
        <translation>Cargar un caso de ejemplo ficticio para probar hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="62" />
        <source>Create vault</source>
        <translation>Crear la bóveda</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="72" />
        <source>Restore a backup instead…</source>
        <translation>Restaurar una copia en su lugar…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="143" />
        <source>Your recovery code. It is shown only this once. Write it on paper and keep it away from this computer: it opens the vault if you forget the passphrase.</source>
        <translation>Su código de recuperación. Solo se muestra esta vez. Escríbalo en papel y guárdelo lejos de este ordenador: abre la bóveda si olvida la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="151" />
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="153" />
        <source>Type the last group of 6 digits to confirm:</source>
        <translation>Escriba el último grupo de 6 dígitos para confirmar:</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="155" />
        <source>Last group of the recovery code</source>
        <translation>Último grupo del código de recuperación</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="157" />
        <source>I have written it down</source>
        <translation>Ya lo he anotado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="183" />
        <source>Type the 6 digits of the last group (end of the second line).</source>
        <translation>Escriba los 6 dígitos del último grupo (al final de la segunda línea).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="186" />
        <source>These are not the last 6 digits of the code above. Check what you wrote down.</source>
        <translation>No son los 6 últimos dígitos del código de arriba. Revise lo que anotó.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../hrdoc/gui/guide.py" line="54" />
        <source>hrdoc user guide</source>
        <translation>Guía de uso de hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/guide.py" line="61" />
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/guide.py" line="84" />
        <source>Only the guide's own pages open here.</source>
        <translation>Aquí solo se abren las páginas de la propia guía.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="432" />
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="438" />
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="439" />
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="440" />
        <source>imported from a bundle</source>
        <translation>importado de un paquete</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="441" />
        <source>a copy was exported</source>
        <translation>se exportó una copia</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="442" />
        <source>conflict: kept this vault's version</source>
        <translation>conflicto: se conservó la versión de esta bóveda</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="444" />
        <source>Versions (times in UTC)</source>
        <translation>Versiones (horas en UTC)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="447" />
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="450" />
        <source>What happened, in order (audit log)</source>
        <translation>Qué pasó, en orden (registro de auditoría)</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="286" />
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="292" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="294" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="324" />
        <source>unknown sender</source>
        <translation>remitente desconocido</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="325" />
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="325" />
        <source>NOT verified</source>
        <translation>NO verificado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="327" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="328" />
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="329" />
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="334" />
        <source>You have not compared this fingerprint with the sender yet. Compare it (by phone or in person) before you rely on what the bundle says.</source>
        <translation>Aún no ha comparado esta huella con el remitente. Compárela (por teléfono o en persona) antes de fiarse de lo que dice el paquete.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="339" />
        <source>This bundle was already imported; nothing would change.</source>
        <translation>Este paquete ya se importó; nada cambiaría.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="341" />
        <source>Would add</source>
        <translation>Añadiría</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="341" />
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="345" />
        <source>Already here</source>
        <translation>Ya presentes</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="348" />
        <source>Conflicts (your versions are kept)</source>
        <translation>Conflictos (se conservan sus versiones)</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="39" />
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="40" />
        <source>Already imported</source>
        <translation>Ya importado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="41" />
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="42" />
        <source>Not tried (cancelled)</source>
        <translation>No intentado (cancelado)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="51" />
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="68" />
        <source>Bundles imported</source>
        <translation>Paquetes importados</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="60" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="61" />
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="62" />
        <source>Verified contact</source>
        <translation>Contacto verificado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="63" />
        <source>Records added</source>
        <translation>Registros añadidos</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="64" />
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="65" />
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="70" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="71" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="119" />
        <source>Also import from senders who are not my contacts</source>
        <translation>Importar también de remitentes que no son mis contactos</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="143" />
        <source>Importing bundles…</source>
        <translation>Importando paquetes…</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="96" />
        <source>Incident title</source>
        <extracomment>vault drafts keep edits not saved when the vault locked, one per incident the incident fields this editor changes, and how to read each widget where a validation message goes, by the words it starts with</extracomment>
        <translation>Título del incidente</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="98" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="150" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="298" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="101" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="151" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="299" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="103" />
        <source>Date precision</source>
        <translation>Precisión de la fecha</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="104" />
        <source>(from the date)</source>
        <translation>(según la fecha)</translation>
    </message>
    <message>
        <source>ISO code, e.g. LB; ZZ if withheld</source>
        <translation>Código ISO, p. ej. LB; ZZ si se reserva</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="106" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="153" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="300" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="108" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="154" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="301" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="110" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="155" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="302" />
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="112" />
        <source>latitude, e.g. 33.89</source>
        <translation>latitud, p. ej. 33.89</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="115" />
        <source>longitude, e.g. 35.50</source>
        <translation>longitud, p. ej. 35.50</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="126" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="148" />
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="128" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="157" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="306" />
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="130" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="158" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="305" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="132" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="164" />
        <source>Who may see it</source>
        <translation>Quién puede verlo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="134" />
        <source>Who may see each field…</source>
        <translation>Quién puede ver cada campo…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="142" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="149" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="297" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="152" />
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="113" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="303" />
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="116" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="304" />
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="156" />
        <source>Coordinates</source>
        <translation>Coordenadas</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="207" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="208" />
        <source>Choose a day on a calendar</source>
        <translation>Elegir un día en un calendario</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="307" />
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="386" />
        <source>Edits not saved before the vault locked are back. Check them and save.</source>
        <translation>Han vuelto los cambios no guardados antes de que se bloqueara la bóveda. Revíselos y guárdelos.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="410" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="32" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="33" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="34" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="35" />
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="36" />
        <source>Received from</source>
        <translation>Recibido de</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="176" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="209" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="176" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="210" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="176" />
        <source>Known indicator</source>
        <translation>Indicador conocido</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="176" />
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="178" />
        <source>Indicator type</source>
        <translation>Tipo de indicador</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="180" />
        <source>domain, URL, phone number, process name…</source>
        <translation>dominio, URL, número de teléfono, nombre de proceso…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="180" />
        <source>Indicator value</source>
        <translation>Valor del indicador</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="183" />
        <source>Edit indicator</source>
        <translation>Editar indicador</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="211" />
        <source>First seen</source>
        <translation>Visto por primera vez</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="212" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="213" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>InterventionsTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="368" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="371" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="396" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="368" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="395" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="368" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="372" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="398" />
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="368" />
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="370" />
        <source>Kind of intervention</source>
        <translation>Tipo de intervención</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="374" />
        <source>Edit intervention</source>
        <translation>Editar intervención</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="397" />
        <source>By whom</source>
        <translation>Por quién</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="399" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="102" />
        <source>Cases</source>
        <extracomment>the vault's folder even while locked (panic needs no passphrase)</extracomment>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Search incidents, people, indicators</source>
        <translation type="vanished">Buscar incidentes, personas, indicadores</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="112" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="124" />
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="128" />
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="129" />
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="131" />
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="133" />
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="135" />
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="137" />
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Locked. Unlock…</source>
        <translation>Bloqueada. Desbloquear…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="108" />
        <source>Search incidents, people, indicators, evidence, places</source>
        <translation>Buscar incidentes, personas, indicadores, pruebas, lugares</translation>
    </message>
    <message>
        <source>No incidents match.</source>
        <translation>Ningún incidente coincide.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="168" />
        <source>The vault is locked. Nothing from it is shown until you unlock it.</source>
        <translation>La bóveda está bloqueada. No se muestra nada de ella hasta que la desbloquee.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="171" />
        <source>&amp;Unlock…</source>
        <translation>&amp;Desbloquear…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="182" />
        <location filename="../../hrdoc/gui/main_window.py" line="475" />
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="183" />
        <source>Vault</source>
        <translation>Bóveda</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="185" />
        <source>Incidents shown</source>
        <translation>Incidentes mostrados</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="187" />
        <source>Last backup</source>
        <translation>Última copia</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="190" />
        <source>&amp;Vault</source>
        <translation>&amp;Bóveda</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="193" />
        <source>New &amp;case…</source>
        <translation>Nuevo &amp;caso…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="194" />
        <source>New &amp;incident…</source>
        <translation>Nuevo &amp;incidente…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="200" />
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="203" />
        <source>&amp;Back up…</source>
        <translation>&amp;Hacer copia…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="206" />
        <source>Back up for &amp;trusted contacts…</source>
        <translation>Copia para contactos de &amp;confianza…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="209" />
        <source>&amp;Duress passphrase…</source>
        <translation>Frase de &amp;coacción…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="212" />
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="213" />
        <source>Pa&amp;nic: destroy access…</source>
        <translation>Pá&amp;nico: destruir el acceso…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="217" />
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="220" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="221" />
        <source>&amp;Delete incident</source>
        <translation>&amp;Eliminar incidente</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="226" />
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="231" />
        <source>Edit c&amp;ase…</source>
        <translation>Editar c&amp;aso…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="233" />
        <source>Delete &amp;case…</source>
        <translation>Eliminar &amp;caso…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="235" />
        <source>&amp;Erase incident for good…</source>
        <translation>&amp;Borrar el incidente definitivamente…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="239" />
        <source>&amp;Exchange</source>
        <translation>&amp;Intercambio</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="241" />
        <source>Export &amp;report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="242" />
        <source>Export &amp;bundle…</source>
        <translation>Exportar &amp;paquete…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="243" />
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="244" />
        <source>Import a &amp;folder of bundles…</source>
        <translation>Importar una &amp;carpeta de paquetes…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="245" />
        <source>Restore from a contact's &amp;copy…</source>
        <translation>Restaurar desde la &amp;copia de un contacto…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="246" />
        <source>&amp;My key…</source>
        <translation>&amp;Mi clave…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="247" />
        <source>&amp;Contacts…</source>
        <translation>&amp;Contactos…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="248" />
        <source>C&amp;onflicts…</source>
        <translation>C&amp;onflictos…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="249" />
        <source>&amp;Senders…</source>
        <translation>&amp;Remitentes…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="250" />
        <source>Import &amp;MVT results…</source>
        <translation>Importar resultados de &amp;MVT…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="251" />
        <source>Import &amp;STIX indicators…</source>
        <translation>Importar indicadores &amp;STIX…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="252" />
        <source>Import s&amp;preadsheet…</source>
        <translation>Importar &amp;hoja de cálculo…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/guide.py" line="106" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/guide.py" line="107" />
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/guide.py" line="111" />
        <source>&amp;What hrdoc protects you from</source>
        <translation>&amp;De qué le protege hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/guide.py" line="114" />
        <source>&amp;About hrdoc</source>
        <translation>&amp;Acerca de hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="295" />
        <source>Unlocked: %1</source>
        <translation>Desbloqueada: %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="305" />
        <source>Edits that could not be saved when the vault locked were kept. They come back when you open the incident: %1</source>
        <translation>Se conservaron los cambios que no pudieron guardarse al bloquearse la bóveda. Volverán al abrir el incidente: %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="68" />
        <source>Last backup: %1</source>
        <translation>Última copia: %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="70" />
        <source>No backup yet</source>
        <translation>Aún no hay copia</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="89" />
        <source>Back up for trusted contacts</source>
        <translation>Copia para contactos de confianza</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="99" />
        <source>Backup bundle written for %1. Give it to them; on a new computer, Exchange &gt; Restore from a contact's copy brings the records back with your recovery code.</source>
        <translation>Paquete de copia escrito para %1. Entrégueselo; en un ordenador nuevo, Intercambio &gt; Restaurar desde la copia de un contacto recupera los registros con su código de recuperación.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="109" />
        <source>Writing the backup bundle…</source>
        <translation>Escribiendo el paquete de copia…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="121" />
        <source>A backup a contact kept for you</source>
        <translation>Una copia que un contacto guardó para usted</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="127" />
        <source>Restore from a contact's copy</source>
        <translation>Restaurar desde la copia de un contacto</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="128" />
        <source>The recovery code of the vault that made this backup:</source>
        <translation>El código de recuperación del almacén que hizo esta copia:</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="139" />
        <source>Restored %1 record(s).</source>
        <translation>%1 registro(s) restaurado(s).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="147" />
        <source>Restoring the records…</source>
        <translation>Restaurando los registros…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="157" />
        <source>Backup written and checked: %1. The passphrase (or recovery code) of today opens it; keep it away from this computer.</source>
        <translation>Copia escrita y comprobada: %1. La abre la frase de contraseña (o el código de recuperación) de hoy; guárdela lejos de este ordenador.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="317" />
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="390" />
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="413" />
        <source>Select the incident the MVT results belong to first.</source>
        <translation>Seleccione primero el incidente al que pertenecen los resultados de MVT.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="415" />
        <source>MVT output folder</source>
        <translation>Carpeta de resultados de MVT</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="421" />
        <source>Importing MVT results…</source>
        <translation>Importando resultados de MVT…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="430" />
        <source>STIX 2.1 indicators</source>
        <translation>Indicadores STIX 2.1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="436" />
        <source>Loading STIX indicators…</source>
        <translation>Cargando indicadores STIX…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="439" />
        <source>Loaded %1 indicators.</source>
        <translation>%1 indicadores cargados.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="441" />
        <source>This file is already in the library.</source>
        <translation>Este archivo ya está en la biblioteca.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="221" />
        <source>A spreadsheet of incidents</source>
        <translation>Una hoja de cálculo de incidentes</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="223" />
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="234" />
        <source>Imported %1 incident(s).</source>
        <translation>Se importaron %1 incidente(s).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdoc/gui/main_window.py" line="505" />
        <source>%n incident(s) shown</source>
        <translation>
            <numerusform>%n incidente mostrado</numerusform><numerusform>%n incidentes mostrados</numerusform></translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="575" />
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="576" />
        <source>Save the changes to this incident first?</source>
        <translation>¿Guardar antes los cambios de este incidente?</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/toolbar.py" line="36" />
        <source>Select the incident the files belong to.</source>
        <translation>Elija el incidente al que pertenecen los archivos.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/toolbar.py" line="42" />
        <source>Main actions</source>
        <translation>Acciones principales</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/toolbar.py" line="50" />
        <source>New incident</source>
        <translation>Nuevo incidente</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/toolbar.py" line="56" />
        <source>Add evidence</source>
        <translation>Añadir prueba</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/toolbar.py" line="62" />
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/toolbar.py" line="68" />
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/toolbar.py" line="72" />
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/views_menu.py" line="88" />
        <source>V&amp;iew</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/views_menu.py" line="90" />
        <source>&amp;Timeline</source>
        <translation>&amp;Cronología</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/views_menu.py" line="92" />
        <source>&amp;Statistics</source>
        <translation>&amp;Estadísticas</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="127" />
        <source>No incidents match. Clear the search or the filter to see them all.</source>
        <translation>Ningún incidente coincide. Borre la búsqueda o el filtro para verlos todos.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="131" />
        <source>No incidents in this case yet. Add one with New incident (Ctrl+N).</source>
        <translation>Aún no hay incidentes en este caso. Añada uno con Nuevo incidente (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="134" />
        <source>No incidents yet. Add the first with New incident (Ctrl+N), or import a spreadsheet or a bundle from the Exchange menu. Help &gt; User guide (F1) explains each step.</source>
        <translation>Aún no hay incidentes. Añada el primero con Nuevo incidente (Ctrl+N), o importe una hoja de cálculo o un paquete desde el menú Intercambio. Ayuda &gt; Guía de uso (F1) explica cada paso.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="109" />
        <source>A folder of bundles</source>
        <translation>Una carpeta de paquetes</translation>
    </message>
</context>
<context>
    <name>MyKeyDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="387" />
        <source>My key</source>
        <translation>Mi clave</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="392" />
        <source>Send this card to partners, then compare the fingerprint with them by phone or in person.</source>
        <translation>Envíe esta tarjeta a sus socios y compare la huella con ellos por teléfono o en persona.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="401" />
        <source>Your name or your organisation's, as partners see it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="403" />
        <source>Name on the card</source>
        <translation>Nombre en la tarjeta</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="404" />
        <source>Set name</source>
        <translation>Poner nombre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="411" />
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="422" />
        <source>Copy card</source>
        <translation>Copiar tarjeta</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="451" />
        <source>Saved. Cards you send from now on carry this name.</source>
        <translation>Guardado. Las tarjetas que envíe desde ahora llevan este nombre.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="114" />
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="116" />
        <source>Case title</source>
        <translation>Título del caso</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="119" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="120" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="118" />
        <location filename="../../hrdoc/gui/record_dialogs.py" line="121" />
        <source>Who may see it</source>
        <translation>Quién puede verlo</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="169" />
        <source>New incident</source>
        <translation>Nuevo incidente</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="176" />
        <source>Incident title</source>
        <translation>Título del incidente</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="180" />
        <source>(from the date)</source>
        <translation>(según la fecha)</translation>
    </message>
    <message>
        <source>ISO code, e.g. LB; ZZ if withheld</source>
        <translation>Código ISO, p. ej. LB; ZZ si se reserva</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="200" />
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="201" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="202" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="203" />
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="186" />
        <location filename="../../hrdoc/gui/record_dialogs.py" line="204" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="205" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="206" />
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="207" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="198" />
        <location filename="../../hrdoc/gui/record_dialogs.py" line="208" />
        <source>Who may see it</source>
        <translation>Quién puede verlo</translation>
    </message>
</context>
<context>
    <name>PanicDialog</name>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="35" />
        <source>Panic</source>
        <translation>Pánico</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="38" />
        <source>Destroy access to this vault now?</source>
        <translation>¿Destruir ahora el acceso a este almacén?</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="39" />
        <source>The passphrase will no longer open it, and hrdoc quits.</source>
        <translation>La frase de contraseña ya no lo abrirá y hrdoc se cerrará.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="42" />
        <source>The recovery code will not open it either: only a backup brings it back.</source>
        <translation>Tampoco lo abrirá el código de recuperación: solo una copia lo recupera.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="45" />
        <source>The recovery code written on paper will still open it.</source>
        <translation>El código de recuperación escrito en papel aún lo abrirá.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="47" />
        <source>The database and the evidence files are deleted too.</source>
        <translation>También se borran la base de datos y los archivos de pruebas.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="55" />
        <source>Destroy access now</source>
        <translation>Destruir el acceso ahora</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>Demasiado corta: use al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Too repetitive.</source>
        <translation>Demasiado repetitiva.</translation>
    </message>
    <message>
        <source>Strong: a long passphrase of several words.</source>
        <translation>Fuerte: una frase larga de varias palabras.</translation>
    </message>
    <message>
        <source>Fair. Four or more unrelated words would be stronger.</source>
        <translation>Aceptable. Cuatro o más palabras sin relación serían más fuertes.</translation>
    </message>
    <message>
        <source>Weak: a single word or short phrase can be guessed. Add more words.</source>
        <translation>Débil: una sola palabra o una frase corta se pueden adivinar. Añada más palabras.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="27" />
        <source>Several unrelated words are easy to remember and hard to guess.</source>
        <extracomment>the window's language, set when its translation is installed (hrdoc/gui/app.py)</extracomment>
        <translation>Varias palabras sin relación son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="31" />
        <source>Strong enough.</source>
        <translation>Suficientemente fuerte.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="34" />
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="37" />
        <source>This is one of the most used passwords.</source>
        <translation>Es una de las contraseñas más usadas.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="40" />
        <source>This is a very common password.</source>
        <translation>Es una contraseña muy común.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="43" />
        <source>This is close to a commonly used password.</source>
        <translation>Se parece a una contraseña muy usada.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="46" />
        <source>A single word is easy to guess.</source>
        <translation>Una sola palabra es fácil de adivinar.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="49" />
        <source>A name on its own is easy to guess.</source>
        <translation>Un nombre solo es fácil de adivinar.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="52" />
        <source>Dates are easy to guess.</source>
        <translation>Las fechas son fáciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="55" />
        <source>Years are easy to guess.</source>
        <translation>Los años son fáciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="62" />
        <source>Add more unrelated words.</source>
        <translation>Añada más palabras sin relación.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="64" />
        <source>Too easy to guess. Add more unrelated words, or use a suggested passphrase.</source>
        <translation>Demasiado fácil de adivinar. Añada más palabras sin relación o use una frase sugerida.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="81" />
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="110" />
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="86" />
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="92" />
        <source>Passphrase strength</source>
        <translation>Fuerza de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="96" />
        <source>Suggest a passphrase</source>
        <translation>Sugerir una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="99" />
        <source>Random words, shown so you can write them down; click again for others</source>
        <translation>Palabras al azar, visibles para que las anote; pulse de nuevo para otras</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="104" />
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="111" />
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="131" />
        <source>Choose a stronger passphrase: the meter must be full.</source>
        <translation>Elija una frase más fuerte: el medidor debe estar lleno.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="135" />
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="145" />
        <source>Write it down and keep it away from this computer until you know it by heart.</source>
        <translation>Anótela y guárdela lejos de este ordenador hasta que la sepa de memoria.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="235" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="245" />
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="235" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="243" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="322" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="235" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="244" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="321" />
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="236" />
        <source>People and organisations</source>
        <translation>Personas y organizaciones</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="241" />
        <source>Someone already recorded</source>
        <translation>Alguien ya registrado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="247" />
        <source>Edit person or organisation</source>
        <translation>Editar persona u organización</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="256" />
        <source>Erase person…</source>
        <translation>Borrar persona…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="258" />
        <source>Erase this person from the vault for good: every incident, every version</source>
        <translation>Borrar a esta persona del almacén para siempre: de cada incidente y cada versión</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="282" />
        <source>Someone new: type the name below</source>
        <translation>Alguien nuevo: escriba el nombre abajo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="323" />
        <source>Other names (one per line)</source>
        <translation>Otros nombres (uno por línea)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="324" />
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="325" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="331" />
        <source>Role in this incident</source>
        <translation>Papel en este incidente</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="332" />
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="333" />
        <source>Notes on their role</source>
        <translation>Notas sobre su papel</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="347" />
        <source>They are already listed in this role.</source>
        <translation>Ya figura con este papel.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="251" />
        <source>A person's name and contact details start secret: they never leave this vault unless you export in full.</source>
        <translation>El nombre y los datos de contacto de una persona empiezan como secretos: nunca salen de esta bóveda salvo en una exportación completa.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../hrdoc/gui/worker.py" line="130" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="43" />
        <source>Discard what you typed here?</source>
        <translation>¿Descartar lo que ha escrito aquí?</translation>
    </message>
    <message>
        <source>Less protection</source>
        <translation>Menos protección</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="257" />
        <source>These fields would be less protected than hrdoc's default: %1. They could then appear in bundles for partners or in public reports. Save anyway?</source>
        <translation>Estos campos quedarían menos protegidos que lo previsto por hrdoc: %1. Podrían aparecer en paquetes para socios o en informes públicos. ¿Guardar de todos modos?</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../hrdoc/gui/deleting.py" line="86" />
        <source>Erase for good</source>
        <translation>Borrar para siempre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdoc/gui/deleting.py" line="91" />
        <source>Erase “%1” and the %n record(s) under it for good, with every earlier version and their files? This cannot be undone.</source>
        <translation>
            <numerusform>¿Borrar «%1» y los %n registro(s) que contiene definitivamente, con cada versión anterior y sus archivos? No se puede deshacer.</numerusform></translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/deleting.py" line="101" />
        <source>Also erased</source>
        <translation>También se borra</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/deleting.py" line="110" />
        <source>This person is still named in the places below. In each ticked one the name is replaced with “[name withheld]” and the record's earlier versions are erased:</source>
        <translation>Esta persona aún se nombra en los lugares siguientes. En cada uno marcado, el nombre se sustituye por «[name withheld]» y se borran las versiones anteriores del registro:</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/deleting.py" line="132" />
        <source>&amp;Erase for good</source>
        <translation>&amp;Borrar para siempre</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="248" />
        <source>Export a report</source>
        <translation>Exportar un informe</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="254" />
        <source>Save report…</source>
        <translation>Guardar informe…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="255" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="256" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="262" />
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="266" />
        <source>Saved: %1 bytes.</source>
        <translation>Guardado: %1 bytes.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="121" />
        <location filename="../../hrdoc/gui/backup_ui.py" line="172" />
        <source>Restore a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="127" />
        <source>Choose the backup file, then type the passphrase the vault had when the backup was made (or use the recovery code).</source>
        <translation>Elija el archivo de copia y escriba la frase de contraseña que tenía el almacén al hacerla (o use el código de recuperación).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="133" />
        <location filename="../../hrdoc/gui/backup_ui.py" line="139" />
        <source>Backup file</source>
        <translation>Archivo de copia</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="134" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="142" />
        <location filename="../../hrdoc/gui/backup_ui.py" line="143" />
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="144" />
        <source>I have only the recovery code</source>
        <translation>Solo tengo el código de recuperación</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="147" />
        <location filename="../../hrdoc/gui/backup_ui.py" line="148" />
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="157" />
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="180" />
        <source>Choose the backup file first.</source>
        <translation>Elija primero el archivo de copia.</translation>
    </message>
</context>
<context>
    <name>Senders</name>
    <message>
        <location filename="../../hrdoc/gui/senders_dialog.py" line="32" />
        <location filename="../../hrdoc/gui/senders_dialog.py" line="42" />
        <source>Senders</source>
        <translation>Remitentes</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/senders_dialog.py" line="37" />
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/senders_dialog.py" line="38" />
        <source>Bundles</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/senders_dialog.py" line="39" />
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/senders_dialog.py" line="48" />
        <source>&amp;Withdraw their records…</source>
        <translation>&amp;Retirar sus registros…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/senders_dialog.py" line="53" />
        <source>No bundle has been imported yet (Exchange &gt; Import bundle…).</source>
        <translation>Aún no se ha importado ningún paquete (Intercambio &gt; Importar paquete…).</translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="100" />
        <source>Same as the record</source>
        <extracomment>languages hrdoc offers, each named in itself</extracomment>
        <translation>Igual que el registro</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="41" />
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdoc/gui/settings_dialog.py" line="33" />
        <source>minutes</source>
        <extracomment>shortcuts offered for Panic: none of them is taken by the window already</extracomment>
        <translation>
            <numerusform>minuto</numerusform><numerusform>minutos</numerusform></translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="48" />
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos de inactividad</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdoc/gui/settings_dialog.py" line="34" />
        <source>days</source>
        <translation>
            <numerusform>día</numerusform><numerusform>días</numerusform></translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="51" />
        <location filename="../../hrdoc/gui/settings_dialog.py" line="90" />
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="56" />
        <location filename="../../hrdoc/gui/settings_dialog.py" line="65" />
        <source>Remind me to back up after</source>
        <translation>Recordarme hacer copia tras</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="64" />
        <source>Lock after</source>
        <translation>Bloquear tras</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="66" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="67" />
        <source>A new language applies the next time hrdoc starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie hrdoc.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="68" />
        <source>Panic also destroys the recovery code's key</source>
        <translation>El pánico destruye también la clave del código de recuperación</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="70" />
        <source>Panic also deletes the database and evidence files</source>
        <translation>El pánico borra también la base de datos y los archivos de pruebas</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="74" />
        <location filename="../../hrdoc/gui/settings_dialog.py" line="87" />
        <source>Panic shortcut</source>
        <translation>Atajo de pánico</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="75" />
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="91" />
        <location filename="../../hrdoc/gui/settings_dialog.py" line="95" />
        <source>Destroy this vault after wrong passphrases</source>
        <translation>Destruir este almacén tras frases incorrectas</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="99" />
        <source>Counted in the vault's folder; someone with a copy of the folder is not bound by it.</source>
        <translation>Se cuenta en la carpeta del almacén; quien tenga una copia de la carpeta no está sujeto a ello.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="55" />
        <source>Numbers of the chart: %1</source>
        <translation>Cifras del gráfico: %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="76" />
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="77" />
        <source>Save as &amp;PNG…</source>
        <translation>Guardar como &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="78" />
        <source>Save as &amp;SVG…</source>
        <translation>Guardar como &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="113" />
        <source>Save the chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="127" />
        <source>Could not save the chart: %1</source>
        <translation>No se pudo guardar el gráfico: %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="153" />
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="157" />
        <source>What the list shows</source>
        <translation>Lo que muestra la lista</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="158" />
        <source>The whole vault</source>
        <translation>Toda la bóveda</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="159" />
        <source>Count</source>
        <translation>Contar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="163" />
        <source>No incident to count. Add one with Vault &gt; New incident, or clear the filter above the list.</source>
        <translation>No hay incidentes que contar. Añada uno con Bóveda &gt; Nuevo incidente, o quite el filtro sobre la lista.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="173" />
        <source>Count:</source>
        <translation>Contar:</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <extracomment>milliseconds the last update took (counting and drawing the chart shown)</extracomment>
        <translation>
            <numerusform>%n incidente</numerusform><numerusform>%n incidentes</numerusform></translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="53" />
        <source>Import a spreadsheet</source>
        <translation>Importar una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="58" />
        <source>%1: %2 row(s). Choose the field each column fills.</source>
        <translation>%1: %2 fila(s). Elija el campo que llena cada columna.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="65" />
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="65" />
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="65" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="67" />
        <source>Columns and fields</source>
        <translation>Columnas y campos</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="77" />
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="82" />
        <source>Field for column %1</source>
        <translation>Campo de la columna %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="89" />
        <source>Year first only (2016-08-10)</source>
        <translation>Solo año primero (2016-08-10)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="90" />
        <source>Day first (10/08/2016 is 10 August)</source>
        <translation>Día primero (10/08/2016 es el 10 de agosto)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="91" />
        <source>Month first (08/10/2016 is 10 August)</source>
        <translation>Mes primero (08/10/2016 es el 10 de agosto)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="93" />
        <source>Dates written with /</source>
        <translation>Fechas escritas con /</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="96" />
        <source>What will be imported, and the problems</source>
        <translation>Lo que se importará, y los problemas</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="99" />
        <source>Save mapping…</source>
        <translation>Guardar asignación…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="100" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="101" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="116" />
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="117" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="118" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="119" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="120" />
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="121" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="122" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="123" />
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="124" />
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="125" />
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="126" />
        <source>Coordinates</source>
        <translation>Coordenadas</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="127" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="128" />
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="149" />
        <source>Two columns fill the same field: %1</source>
        <translation>Dos columnas llenan el mismo campo: %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="157" />
        <source>The first rows, as they will be stored:</source>
        <translation>Las primeras filas, tal como se guardarán:</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="164" />
        <source>%1 problem(s): change the choices above, or fix the file and open it again.</source>
        <translation>%1 problema(s): cambie las opciones de arriba, o corrija el archivo y ábralo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="171" />
        <source>%1 incident(s) in %2 new case(s) will be imported.</source>
        <translation>Se importarán %1 incidente(s) en %2 caso(s) nuevo(s).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="185" />
        <source>Save the column mapping</source>
        <translation>Guardar la asignación de columnas</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="208" />
        <source>Importing the spreadsheet…</source>
        <translation>Importando la hoja de cálculo…</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="82" />
        <location filename="../../hrdoc/gui/timeline_view.py" line="194" />
        <source>Timeline</source>
        <extracomment>incidents drawn at most; a larger set asks for a narrower filter</extracomment>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="198" />
        <source>What the list shows</source>
        <translation>Lo que muestra la lista</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="199" />
        <source>The whole vault</source>
        <translation>Toda la bóveda</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="200" />
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="203" />
        <source>Lanes by type</source>
        <translation>Carriles por tipo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="204" />
        <source>Lanes by person</source>
        <translation>Carriles por persona</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="205" />
        <source>Lanes by perpetrator</source>
        <translation>Carriles por autor</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="206" />
        <source>One lane</source>
        <translation>Un solo carril</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="209" />
        <source>Lanes</source>
        <translation>Carriles</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="219" />
        <source>Chosen incident</source>
        <translation>Incidente elegido</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="222" />
        <source>No dated incident to show. Add one with Vault &gt; New incident, or clear the filter above the list.</source>
        <translation>No hay incidentes con fecha que mostrar. Añada uno con Bóveda &gt; Nuevo incidente, o quite el filtro sobre la lista.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="241" />
        <source>A bar spans the month or year an incident is known to; a dot is a day; a dashed outline marks an approximate date. Click an incident or press Enter to open it.</source>
        <translation>Una barra abarca el mes o el año conocido del incidente; un punto es un día; un contorno discontinuo indica una fecha aproximada. Haga clic en un incidente o pulse Intro para abrirlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) without a date are not shown.</source>
        <translation>
            <numerusform>%n incidente sin fecha no se muestra.</numerusform><numerusform>%n incidentes sin fecha no se muestran.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The first %n incidents are shown: narrow the filter to see the rest.</source>
        <translation>
            <numerusform>Se muestran los primeros %n incidentes: acote el filtro para ver el resto.</numerusform><numerusform>Se muestran los primeros %n incidentes: acote el filtro para ver el resto.</numerusform></translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="291" />
        <source>No type</source>
        <translation>Sin tipo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="293" />
        <source>No person named</source>
        <translation>Ninguna persona nombrada</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="295" />
        <source>No perpetrator named</source>
        <translation>Ningún autor nombrado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="296" />
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../hrdoc/gui/deleting.py" line="39" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/deleting.py" line="48" />
        <source>Deleted “%1”.</source>
        <translation>Eliminado «%1».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdoc/gui/deleting.py" line="50" />
        <source>%n record(s) under it too.</source>
        <translation>
            <numerusform>También %n registro(s) debajo.</numerusform></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="36" />
        <source>Unlock hrdoc</source>
        <translation>Desbloquear hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="39" />
        <location filename="../../hrdoc/gui/unlock.py" line="57" />
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="45" />
        <location filename="../../hrdoc/gui/unlock.py" line="91" />
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="47" />
        <source>Forgot it? Use the recovery code</source>
        <translation>¿La olvidó? Use el código de recuperación</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="49" />
        <location filename="../../hrdoc/gui/unlock.py" line="59" />
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="65" />
        <source>Panic: destroy access…</source>
        <translation>Pánico: destruir el acceso…</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="53" />
        <source>Type the 48 digits of the recovery code you wrote down (spaces and dashes do not matter), then choose a new passphrase.</source>
        <translation>Escriba los 48 dígitos del código de recuperación que anotó (los espacios y guiones no importan) y elija una nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="91" />
        <source>Set new passphrase</source>
        <translation>Establecer nueva frase de contraseña</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>_IncidentListTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="58" />
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="60" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="61" />
        <source>Edit the selected row (or press Enter on it)</source>
        <translation>Editar la fila seleccionada (o pulse Intro sobre ella)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="63" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="64" />
        <source>Delete the selected row (Undo brings it back)</source>
        <translation>Eliminar la fila seleccionada (Deshacer la recupera)</translation>
    </message>
</context>
<context>
    <name>_RedactedExportDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="155" />
        <source>public: for publication (pseudonyms, no secrets)</source>
        <translation>public: para publicar (seudónimos, sin secretos)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="156" />
        <source>partner: for organisations you trust (no secrets)</source>
        <translation>partner: para organizaciones de confianza (sin secretos)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="157" />
        <source>full: everything, for yourself</source>
        <translation>full: todo, solo para usted</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="163" />
        <source>What will go out</source>
        <translation>Lo que saldrá</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="166" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="184" />
        <source>Redaction profile</source>
        <translation>Perfil de redacción</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="185" />
        <source>Exactly what goes out, after redaction:</source>
        <translation>Exactamente lo que sale, después de la redacción:</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="204" />
        <source>Incidents:</source>
        <translation>Incidentes:</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="217" />
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
</context>
</TS>