<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="295" />
        <source>Export a bundle</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="297" />
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="306" />
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="299" />
        <source>(NOT verified)</source>
        <translation>(NO verificado)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="305" />
        <source>Save bundle…</source>
        <translation>Guardar paquete…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="319" />
        <source>Choose at least one recipient.</source>
        <translation>Elija al menos un destinatario.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="321" />
        <source>Save bundle</source>
        <translation>Guardar paquete</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="326" />
        <source>Saved bundle %1.</source>
        <translation>Paquete %1 guardado.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="118" />
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="120" />
        <location filename="../../hrdoc/gui/unlock.py" line="127" />
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="121" />
        <source>Repeat the new passphrase</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="126" />
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="128" />
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
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="26" />
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="34" />
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="30" />
        <source>An imported version differs from yours. Yours is kept until you choose.</source>
        <translation>Una versión importada difiere de la suya. La suya se conserva hasta que usted elija.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="37" />
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="39" />
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="40" />
        <source>Take theirs (mine stays in the history)</source>
        <translation>Tomar la suya (la mía queda en el historial)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="65" />
        <source>No conflicts.</source>
        <translation>No hay conflictos.</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="36" />
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="40" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="40" />
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="40" />
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="46" />
        <source>Paste a contact card here</source>
        <translation>Pegue aquí una tarjeta de contacto</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="47" />
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="99" />
        <source>Contact card</source>
        <translation>Tarjeta de contacto</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="49" />
        <source>Add pasted card</source>
        <translation>Añadir la tarjeta pegada</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="50" />
        <source>Add card from file…</source>
        <translation>Añadir tarjeta desde archivo…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="51" />
        <source>Fingerprints match: verify</source>
        <translation>Las huellas coinciden: verificar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="56" />
        <source>QR code of the selected contact</source>
        <translation>Código QR del contacto seleccionado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="73" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="73" />
        <source>NOT verified</source>
        <translation>NO verificado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="93" />
        <source>Added. Compare this fingerprint with them before trusting it: </source>
        <translation>Añadido. Compare esta huella con ellos antes de confiar en ella: </translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="116" />
        <source>Verify contact</source>
        <translation>Verificar contacto</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="117" />
        <source>Read these digits with them, group by group. Do they match?</source>
        <translation>Lean juntos estos dígitos, grupo por grupo. ¿Coinciden?</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="45" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="45" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="49" />
        <source>Evidence files</source>
        <translation>Archivos de prueba</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="51" />
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="52" />
        <source>Export a copy…</source>
        <translation>Exportar una copia…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="53" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="99" />
        <source>Add evidence files</source>
        <translation>Añadir archivos de prueba</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdoc/gui/evidence_panel.py" line="145" />
        <source>Added %n file(s).</source>
        <translation>
            <numerusform>%n archivo(s) añadido(s).</numerusform></translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="163" />
        <source>Export a copy</source>
        <translation>Exportar una copia</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="171" />
        <source>Exported a verified copy (SHA-256 checked).</source>
        <translation>Copia verificada exportada (SHA-256 comprobado).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="179" />
        <source>Too large to preview.</source>
        <translation>Demasiado grande para la vista previa.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="185" />
        <source>This image cannot be shown.</source>
        <translation>No se puede mostrar esta imagen.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="36" />
        <source>Create your hrdoc vault</source>
        <translation>Cree su bóveda hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="50" />
        <source>Your records are kept encrypted on this computer. Choose a long passphrase: several unrelated words are easy to remember and hard to guess.</source>
        <translation>Sus registros se guardan cifrados en este ordenador. Elija una frase de contraseña larga: varias palabras sin relación son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="57" />
        <location filename="../../hrdoc/gui/first_run.py" line="73" />
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="60" />
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="65" />
        <source>Load a fictional sample case to try hrdoc</source>
        <translation>Cargar un caso de ejemplo ficticio para probar hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="68" />
        <source>Create vault</source>
        <translation>Crear la bóveda</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="74" />
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="130" />
        <source>Your recovery code. It is shown only this once. Write it on paper and keep it away from this computer: it opens the vault if you forget the passphrase.</source>
        <translation>Su código de recuperación. Solo se muestra esta vez. Escríbalo en papel y guárdelo lejos de este ordenador: abre la bóveda si olvida la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="139" />
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="141" />
        <source>Type the last group of 6 digits to confirm:</source>
        <translation>Escriba el último grupo de 6 dígitos para confirmar:</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="143" />
        <source>Last group of the recovery code</source>
        <translation>Último grupo del código de recuperación</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="145" />
        <source>I have written it down</source>
        <translation>Ya lo he anotado</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="261" />
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="161" />
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="167" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="169" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="196" />
        <source>unknown sender</source>
        <translation>remitente desconocido</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="197" />
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="197" />
        <source>NOT verified</source>
        <translation>NO verificado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="204" />
        <source>This bundle was already imported; nothing would change.</source>
        <translation>Este paquete ya se importó; nada cambiaría.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="206" />
        <source>Would add</source>
        <translation>Añadiría</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="206" />
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="209" />
        <source>Already here</source>
        <translation>Ya presentes</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="212" />
        <source>Conflicts (your versions are kept)</source>
        <translation>Conflictos (se conservan sus versiones)</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="50" />
        <source>Incident title</source>
        <extracomment>the incident fields this editor changes, and how to read each widget</extracomment>
        <translation>Título del incidente</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="52" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="82" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="55" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="83" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="57" />
        <source>Date precision</source>
        <translation>Precisión de la fecha</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="58" />
        <source>(from the date)</source>
        <translation>(según la fecha)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="60" />
        <source>ISO code, e.g. LB; ZZ if withheld</source>
        <translation>Código ISO, p. ej. LB; ZZ si se reserva</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="61" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="85" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="63" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="86" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="65" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="87" />
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="67" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="88" />
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="69" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="89" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="72" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="90" />
        <source>Who may see it</source>
        <translation>Quién puede verlo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="78" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="81" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="84" />
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="184" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="29" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="30" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="31" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="32" />
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="117" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="117" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="117" />
        <source>Known indicator</source>
        <translation>Indicador conocido</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="117" />
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="119" />
        <source>Indicator type</source>
        <translation>Tipo de indicador</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="121" />
        <source>domain, URL, phone number, process name…</source>
        <translation>dominio, URL, número de teléfono, nombre de proceso…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="121" />
        <source>Indicator value</source>
        <translation>Valor del indicador</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>InterventionsTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="216" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="219" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="216" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="216" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="220" />
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="216" />
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="218" />
        <source>Kind of intervention</source>
        <translation>Tipo de intervención</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="88" />
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="90" />
        <source>Search incidents, people, indicators</source>
        <translation>Buscar incidentes, personas, indicadores</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="91" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="102" />
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="106" />
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="107" />
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="109" />
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="111" />
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="113" />
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="115" />
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="131" />
        <source>Locked. Unlock…</source>
        <translation>Bloqueada. Desbloquear…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="138" />
        <source>&amp;Vault</source>
        <translation>&amp;Bóveda</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="141" />
        <source>New &amp;case…</source>
        <translation>Nuevo &amp;caso…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="142" />
        <source>New &amp;incident…</source>
        <translation>Nuevo &amp;incidente…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="148" />
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="151" />
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="152" />
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="155" />
        <source>&amp;Exchange</source>
        <translation>&amp;Intercambio</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="157" />
        <source>Export &amp;report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="158" />
        <source>Export &amp;bundle…</source>
        <translation>Exportar &amp;paquete…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="159" />
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="160" />
        <source>&amp;My key…</source>
        <translation>&amp;Mi clave…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="161" />
        <source>&amp;Contacts…</source>
        <translation>&amp;Contactos…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="162" />
        <source>C&amp;onflicts…</source>
        <translation>C&amp;onflictos…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="163" />
        <source>Import &amp;MVT results…</source>
        <translation>Importar resultados de &amp;MVT…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="164" />
        <source>Import &amp;STIX indicators…</source>
        <translation>Importar indicadores &amp;STIX…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="208" />
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="272" />
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="295" />
        <source>Select the incident the MVT results belong to first.</source>
        <translation>Seleccione primero el incidente al que pertenecen los resultados de MVT.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="297" />
        <source>MVT output folder</source>
        <translation>Carpeta de resultados de MVT</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="311" />
        <source>STIX 2.1 indicators</source>
        <translation>Indicadores STIX 2.1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="319" />
        <source>Loaded %1 indicators.</source>
        <translation>%1 indicadores cargados.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="321" />
        <source>This file is already in the library.</source>
        <translation>Este archivo ya está en la biblioteca.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="375" />
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="376" />
        <source>Save the changes to this incident first?</source>
        <translation>¿Guardar antes los cambios de este incidente?</translation>
    </message>
</context>
<context>
    <name>MyKeyDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="245" />
        <source>My key</source>
        <translation>Mi clave</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="252" />
        <source>Send this card to partners, then compare the fingerprint with them by phone or in person.</source>
        <translation>Envíe esta tarjeta a sus socios y compare la huella con ellos por teléfono o en persona.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="262" />
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="273" />
        <source>Copy card</source>
        <translation>Copiar tarjeta</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="67" />
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="69" />
        <source>Case title</source>
        <translation>Título del caso</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="72" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="73" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="74" />
        <source>Who may see it</source>
        <translation>Quién puede verlo</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="87" />
        <source>New incident</source>
        <translation>Nuevo incidente</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="94" />
        <source>Incident title</source>
        <translation>Título del incidente</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="98" />
        <source>(from the date)</source>
        <translation>(según la fecha)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="104" />
        <source>ISO code, e.g. LB; ZZ if withheld</source>
        <translation>Código ISO, p. ej. LB; ZZ si se reserva</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="118" />
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="119" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="120" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="121" />
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="122" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="123" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="124" />
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="125" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="126" />
        <source>Who may see it</source>
        <translation>Quién puede verlo</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="27" />
        <source>Too short: use at least %1 characters.</source>
        <translation>Demasiado corta: use al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="30" />
        <source>Too repetitive.</source>
        <translation>Demasiado repetitiva.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="32" />
        <source>Strong: a long passphrase of several words.</source>
        <translation>Fuerte: una frase larga de varias palabras.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="36" />
        <source>Fair. Four or more unrelated words would be stronger.</source>
        <translation>Aceptable. Cuatro o más palabras sin relación serían más fuertes.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="39" />
        <source>Weak: a single word or short phrase can be guessed. Add more words.</source>
        <translation>Débil: una sola palabra o una frase corta se pueden adivinar. Añada más palabras.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="63" />
        <source>The two passphrases differ.</source>
        <extracomment>languages hrdoc offers, each named in itself</extracomment>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="163" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="167" />
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="163" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="165" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="163" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="166" />
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="163" />
        <source>People and organisations</source>
        <translation>Personas y organizaciones</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="172" />
        <source>A person's name and contact details start secret: they never leave this vault unless you export in full.</source>
        <translation>El nombre y los datos de contacto de una persona empiezan como secretos: nunca salen de esta bóveda salvo en una exportación completa.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="126" />
        <source>Export a report</source>
        <translation>Exportar un informe</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="132" />
        <source>Save report…</source>
        <translation>Guardar informe…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="133" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="134" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="139" />
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="143" />
        <source>Saved: %1 bytes.</source>
        <translation>Guardado: %1 bytes.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="21" />
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="28" />
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos de inactividad</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="36" />
        <source>Lock after</source>
        <translation>Bloquear tras</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="37" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="38" />
        <source>A new language applies the next time hrdoc starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie hrdoc.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="35" />
        <source>Unlock hrdoc</source>
        <translation>Desbloquear hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="37" />
        <location filename="../../hrdoc/gui/unlock.py" line="50" />
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="43" />
        <location filename="../../hrdoc/gui/unlock.py" line="70" />
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="45" />
        <source>Forgot it? Use the recovery code</source>
        <translation>¿La olvidó? Use el código de recuperación</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="47" />
        <location filename="../../hrdoc/gui/unlock.py" line="51" />
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="48" />
        <location filename="../../hrdoc/gui/unlock.py" line="52" />
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="49" />
        <source>Repeat the new passphrase</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="53" />
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="70" />
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
        <location filename="../../hrdoc/gui/incident_tabs.py" line="41" />
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>_RedactedExportDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="59" />
        <source>What will go out</source>
        <translation>Lo que saldrá</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="62" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="73" />
        <source>Redaction profile</source>
        <translation>Perfil de redacción</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="74" />
        <source>Exactly what goes out, after redaction:</source>
        <translation>Exactamente lo que sale, después de la redacción:</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="102" />
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
</context>
</TS>