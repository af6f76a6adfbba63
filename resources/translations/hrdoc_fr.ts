<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="295" />
        <source>Export a bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="297" />
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="306" />
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="299" />
        <source>(NOT verified)</source>
        <translation>(NON vérifié)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="305" />
        <source>Save bundle…</source>
        <translation>Enregistrer le paquet…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="319" />
        <source>Choose at least one recipient.</source>
        <translation>Choisissez au moins un destinataire.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="321" />
        <source>Save bundle</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="326" />
        <source>Saved bundle %1.</source>
        <translation>Paquet %1 enregistré.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="118" />
        <source>Change passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="120" />
        <location filename="../../hrdoc/gui/unlock.py" line="127" />
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="121" />
        <source>Repeat the new passphrase</source>
        <translation>Répétez la nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="126" />
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="128" />
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="26" />
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="34" />
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="30" />
        <source>An imported version differs from yours. Yours is kept until you choose.</source>
        <translation>Une version importée diffère de la vôtre. La vôtre est conservée jusqu'à votre choix.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="37" />
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="39" />
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="40" />
        <source>Take theirs (mine stays in the history)</source>
        <translation>Prendre la leur (la mienne reste dans l'historique)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="65" />
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="36" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="40" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="40" />
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="40" />
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="46" />
        <source>Paste a contact card here</source>
        <translation>Collez une carte de contact ici</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="47" />
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="99" />
        <source>Contact card</source>
        <translation>Carte de contact</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="49" />
        <source>Add pasted card</source>
        <translation>Ajouter la carte collée</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="50" />
        <source>Add card from file…</source>
        <translation>Ajouter une carte depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="51" />
        <source>Fingerprints match: verify</source>
        <translation>Les empreintes concordent : vérifier</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="56" />
        <source>QR code of the selected contact</source>
        <translation>Code QR du contact sélectionné</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="73" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="73" />
        <source>NOT verified</source>
        <translation>NON vérifié</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="93" />
        <source>Added. Compare this fingerprint with them before trusting it: </source>
        <translation>Ajouté. Comparez cette empreinte avec eux avant de vous y fier : </translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="116" />
        <source>Verify contact</source>
        <translation>Vérifier le contact</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="117" />
        <source>Read these digits with them, group by group. Do they match?</source>
        <translation>Lisez ces chiffres avec eux, groupe par groupe. Concordent-ils ?</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="45" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="45" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="49" />
        <source>Evidence files</source>
        <translation>Fichiers de preuve</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="51" />
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="52" />
        <source>Export a copy…</source>
        <translation>Exporter une copie…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="53" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="99" />
        <source>Add evidence files</source>
        <translation>Ajouter des fichiers de preuve</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdoc/gui/evidence_panel.py" line="145" />
        <source>Added %n file(s).</source>
        <translation>
            <numerusform>%n fichier(s) ajouté(s).</numerusform></translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="163" />
        <source>Export a copy</source>
        <translation>Exporter une copie</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="171" />
        <source>Exported a verified copy (SHA-256 checked).</source>
        <translation>Copie vérifiée exportée (SHA-256 contrôlé).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="179" />
        <source>Too large to preview.</source>
        <translation>Trop volumineux pour l'aperçu.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="185" />
        <source>This image cannot be shown.</source>
        <translation>Cette image ne peut pas être affichée.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="36" />
        <source>Create your hrdoc vault</source>
        <translation>Créez votre coffre hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="50" />
        <source>Your records are kept encrypted on this computer. Choose a long passphrase: several unrelated words are easy to remember and hard to guess.</source>
        <translation>Vos données sont conservées chiffrées sur cet ordinateur. Choisissez une longue phrase de passe : plusieurs mots sans rapport sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="57" />
        <location filename="../../hrdoc/gui/first_run.py" line="73" />
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="60" />
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="65" />
        <source>Load a fictional sample case to try hrdoc</source>
        <translation>Charger un dossier d'exemple fictif pour essayer hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="68" />
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="74" />
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="130" />
        <source>Your recovery code. It is shown only this once. Write it on paper and keep it away from this computer: it opens the vault if you forget the passphrase.</source>
        <translation>Votre code de récupération. Il n'est affiché qu'une fois. Écrivez-le sur papier et gardez-le loin de cet ordinateur : il ouvre le coffre si vous oubliez la phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="139" />
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="141" />
        <source>Type the last group of 6 digits to confirm:</source>
        <translation>Tapez le dernier groupe de 6 chiffres pour confirmer :</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="143" />
        <source>Last group of the recovery code</source>
        <translation>Dernier groupe du code de récupération</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="145" />
        <source>I have written it down</source>
        <translation>Je l'ai noté</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="261" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="161" />
        <source>Import a bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="167" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="169" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="196" />
        <source>unknown sender</source>
        <translation>expéditeur inconnu</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="197" />
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="197" />
        <source>NOT verified</source>
        <translation>NON vérifié</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="204" />
        <source>This bundle was already imported; nothing would change.</source>
        <translation>Ce paquet a déjà été importé ; rien ne changerait.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="206" />
        <source>Would add</source>
        <translation>Ajouterait</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="206" />
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="209" />
        <source>Already here</source>
        <translation>Déjà présents</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="212" />
        <source>Conflicts (your versions are kept)</source>
        <translation>Conflits (vos versions sont conservées)</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="50" />
        <source>Incident title</source>
        <extracomment>the incident fields this editor changes, and how to read each widget</extracomment>
        <translation>Titre de l'incident</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="52" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="82" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="55" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="83" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="57" />
        <source>Date precision</source>
        <translation>Précision de la date</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="58" />
        <source>(from the date)</source>
        <translation>(d'après la date)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="60" />
        <source>ISO code, e.g. LB; ZZ if withheld</source>
        <translation>Code ISO, p. ex. LB ; ZZ s'il est tenu secret</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="61" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="85" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="63" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="86" />
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="65" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="87" />
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="67" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="88" />
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="69" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="89" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="72" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="90" />
        <source>Who may see it</source>
        <translation>Qui peut le voir</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="78" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="81" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="84" />
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="184" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="29" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="30" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="31" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="32" />
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="117" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="117" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="117" />
        <source>Known indicator</source>
        <translation>Indicateur connu</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="117" />
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="119" />
        <source>Indicator type</source>
        <translation>Type d'indicateur</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="121" />
        <source>domain, URL, phone number, process name…</source>
        <translation>domaine, URL, numéro de téléphone, nom de processus…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="121" />
        <source>Indicator value</source>
        <translation>Valeur de l'indicateur</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>InterventionsTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="216" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="219" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="216" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="216" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="220" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="216" />
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="218" />
        <source>Kind of intervention</source>
        <translation>Type d'intervention</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="88" />
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="90" />
        <source>Search incidents, people, indicators</source>
        <translation>Rechercher incidents, personnes, indicateurs</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="91" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="102" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="106" />
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="107" />
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="109" />
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="111" />
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="113" />
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="115" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="131" />
        <source>Locked. Unlock…</source>
        <translation>Verrouillé. Déverrouiller…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="138" />
        <source>&amp;Vault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="141" />
        <source>New &amp;case…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="142" />
        <source>New &amp;incident…</source>
        <translation>Nouvel &amp;incident…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="148" />
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase de passe…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="151" />
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="152" />
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="155" />
        <source>&amp;Exchange</source>
        <translation>É&amp;change</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="157" />
        <source>Export &amp;report…</source>
        <translation>Exporter un &amp;rapport…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="158" />
        <source>Export &amp;bundle…</source>
        <translation>Exporter un &amp;paquet…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="159" />
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="160" />
        <source>&amp;My key…</source>
        <translation>&amp;Ma clé…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="161" />
        <source>&amp;Contacts…</source>
        <translation>&amp;Contacts…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="162" />
        <source>C&amp;onflicts…</source>
        <translation>C&amp;onflits…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="163" />
        <source>Import &amp;MVT results…</source>
        <translation>Importer des résultats &amp;MVT…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="164" />
        <source>Import &amp;STIX indicators…</source>
        <translation>Importer des indicateurs &amp;STIX…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="208" />
        <source>All cases</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="272" />
        <source>Import a bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="295" />
        <source>Select the incident the MVT results belong to first.</source>
        <translation>Sélectionnez d'abord l'incident auquel appartiennent les résultats MVT.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="297" />
        <source>MVT output folder</source>
        <translation>Dossier de résultats MVT</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="311" />
        <source>STIX 2.1 indicators</source>
        <translation>Indicateurs STIX 2.1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="319" />
        <source>Loaded %1 indicators.</source>
        <translation>%1 indicateurs chargés.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="321" />
        <source>This file is already in the library.</source>
        <translation>Ce fichier est déjà dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="375" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="376" />
        <source>Save the changes to this incident first?</source>
        <translation>Enregistrer d'abord les modifications de cet incident ?</translation>
    </message>
</context>
<context>
    <name>MyKeyDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="245" />
        <source>My key</source>
        <translation>Ma clé</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="252" />
        <source>Send this card to partners, then compare the fingerprint with them by phone or in person.</source>
        <translation>Envoyez cette carte à vos partenaires, puis comparez l'empreinte avec eux par téléphone ou en personne.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="262" />
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="273" />
        <source>Copy card</source>
        <translation>Copier la carte</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="67" />
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="69" />
        <source>Case title</source>
        <translation>Titre du dossier</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="72" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="73" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="74" />
        <source>Who may see it</source>
        <translation>Qui peut le voir</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="87" />
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="94" />
        <source>Incident title</source>
        <translation>Titre de l'incident</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="98" />
        <source>(from the date)</source>
        <translation>(d'après la date)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="104" />
        <source>ISO code, e.g. LB; ZZ if withheld</source>
        <translation>Code ISO, p. ex. LB ; ZZ s'il est tenu secret</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="118" />
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="119" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="120" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="121" />
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="122" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="123" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="124" />
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="125" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="126" />
        <source>Who may see it</source>
        <translation>Qui peut le voir</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="27" />
        <source>Too short: use at least %1 characters.</source>
        <translation>Trop courte : utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="30" />
        <source>Too repetitive.</source>
        <translation>Trop répétitive.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="32" />
        <source>Strong: a long passphrase of several words.</source>
        <translation>Forte : une longue phrase de plusieurs mots.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="36" />
        <source>Fair. Four or more unrelated words would be stronger.</source>
        <translation>Correcte. Quatre mots sans rapport ou plus seraient plus forts.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="39" />
        <source>Weak: a single word or short phrase can be guessed. Add more words.</source>
        <translation>Faible : un seul mot ou une phrase courte se devine. Ajoutez des mots.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="63" />
        <source>The two passphrases differ.</source>
        <extracomment>languages hrdoc offers, each named in itself</extracomment>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="163" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="167" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="163" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="165" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="163" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="166" />
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="163" />
        <source>People and organisations</source>
        <translation>Personnes et organisations</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="172" />
        <source>A person's name and contact details start secret: they never leave this vault unless you export in full.</source>
        <translation>Le nom et les coordonnées d'une personne sont d'abord secrets : ils ne quittent jamais ce coffre, sauf export complet.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="126" />
        <source>Export a report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="132" />
        <source>Save report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="133" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="134" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="139" />
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="143" />
        <source>Saved: %1 bytes.</source>
        <translation>Enregistré : %1 octets.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="21" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="28" />
        <source>Lock after idle minutes</source>
        <translation>Verrouiller après des minutes d'inactivité</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="36" />
        <source>Lock after</source>
        <translation>Verrouiller après</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="37" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="38" />
        <source>A new language applies the next time hrdoc starts.</source>
        <translation>La nouvelle langue s'applique au prochain démarrage de hrdoc.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="35" />
        <source>Unlock hrdoc</source>
        <translation>Déverrouiller hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="37" />
        <location filename="../../hrdoc/gui/unlock.py" line="50" />
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="43" />
        <location filename="../../hrdoc/gui/unlock.py" line="70" />
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="45" />
        <source>Forgot it? Use the recovery code</source>
        <translation>Oubliée ? Utilisez le code de récupération</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="47" />
        <location filename="../../hrdoc/gui/unlock.py" line="51" />
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="48" />
        <location filename="../../hrdoc/gui/unlock.py" line="52" />
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="49" />
        <source>Repeat the new passphrase</source>
        <translation>Répétez la nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="53" />
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="70" />
        <source>Set new passphrase</source>
        <translation>Définir une nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>_IncidentListTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="41" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>_RedactedExportDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="59" />
        <source>What will go out</source>
        <translation>Ce qui sortira</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="62" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="73" />
        <source>Redaction profile</source>
        <translation>Profil de caviardage</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="74" />
        <source>Exactly what goes out, after redaction:</source>
        <translation>Exactement ce qui sort, après caviardage :</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="102" />
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
</context>
</TS>