<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name />
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d'utilisation</translation>
    </message>
    <message>
        <source>&amp;What hrdoc protects you from</source>
        <translation>&amp;Contre quoi hrdoc vous protège</translation>
    </message>
    <message>
        <source>&amp;About hrdoc</source>
        <translation>À &amp;propos de hrdoc</translation>
    </message>
    <message>
        <source>A spreadsheet of incidents</source>
        <translation>Un tableur d'incidents</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Tableurs (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Imported %1 incident(s).</source>
        <translation>%1 incident(s) importé(s).</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../hrdoc/gui/about.py" line="25" />
        <source>About hrdoc</source>
        <translation>À propos de hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/about.py" line="30" />
        <source>hrdoc %1: encrypted documentation for human rights defenders.</source>
        <translation>hrdoc %1 : documentation chiffrée pour les défenseurs des droits humains.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/about.py" line="36" />
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="54" />
        <source>This vault has never been backed up. A lost or seized laptop would take everything with it.</source>
        <translation>Ce coffre n'a jamais été sauvegardé. Un ordinateur perdu ou saisi emporterait tout.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="62" />
        <source>The last backup is %n day(s) old.</source>
        <translation>La dernière sauvegarde date de %n jour(s).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="75" />
        <source>Back up the vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="84" />
        <source>Writing the backup, then reading it back to check it…</source>
        <translation>Écriture de la sauvegarde, puis relecture pour la vérifier…</translation>
    </message>
</context>
<context>
    <name>BackupBar</name>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="101" />
        <source>Back up now…</source>
        <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="103" />
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="468" />
        <source>Export a bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="470" />
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="479" />
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="472" />
        <source>(NOT verified)</source>
        <translation>(NON vérifié)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="478" />
        <source>Save bundle…</source>
        <translation>Enregistrer le paquet…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="481" />
        <source>Send files hrdoc cannot clean as they are, their metadata included</source>
        <translation>Envoyer tels quels les fichiers que hrdoc ne peut pas nettoyer, métadonnées comprises</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="516" />
        <source>Choose at least one recipient.</source>
        <translation>Choisissez au moins un destinataire.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="518" />
        <source>Save bundle</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="523" />
        <source>Saved bundle %1.</source>
        <translation>Paquet %1 enregistré.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="140" />
        <source>Change passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Répétez la nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="147" />
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
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
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="25" />
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="33" />
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="29" />
        <source>An imported version differs from yours. Yours is kept until you choose.</source>
        <translation>Une version importée diffère de la vôtre. La vôtre est conservée jusqu'à votre choix.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="35" />
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="37" />
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="38" />
        <source>Take theirs (mine stays in the history)</source>
        <translation>Prendre la leur (la mienne reste dans l'historique)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="63" />
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="72" />
        <source>mine</source>
        <translation>la mienne</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/conflicts_dialog.py" line="73" />
        <source>theirs</source>
        <translation>la leur</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="37" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="42" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="43" />
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="44" />
        <source>Keeps my backup</source>
        <translation>Garde ma sauvegarde</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="45" />
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="54" />
        <source>Paste a contact card here</source>
        <translation>Collez une carte de contact ici</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="55" />
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="132" />
        <source>Contact card</source>
        <translation>Carte de contact</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="57" />
        <source>Add pasted card</source>
        <translation>Ajouter la carte collée</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="58" />
        <source>Add card from file…</source>
        <translation>Ajouter une carte depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="59" />
        <source>Fingerprints match: verify</source>
        <translation>Les empreintes concordent : vérifier</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="60" />
        <source>Keeps my backup: yes or no</source>
        <translation>Garde ma sauvegarde : oui ou non</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="62" />
        <source>A verified contact who keeps a full copy of your records (Vault &gt; Back up)</source>
        <translation>Un contact vérifié qui garde une copie complète de vos fiches (Coffre &gt; Sauvegarder)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="70" />
        <source>QR code of the selected contact</source>
        <translation>Code QR du contact sélectionné</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="90" />
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="91" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="90" />
        <source>NOT verified</source>
        <translation>NON vérifié</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="126" />
        <source>Added. Compare this fingerprint with them before trusting it: </source>
        <translation>Ajouté. Comparez cette empreinte avec eux avant de vous y fier : </translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="149" />
        <source>Verify contact</source>
        <translation>Vérifier le contact</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/contacts_dialog.py" line="150" />
        <source>Read these digits with them, group by group. Do they match?</source>
        <translation>Lisez ces chiffres avec eux, groupe par groupe. Concordent-ils ?</translation>
    </message>
</context>
<context>
    <name>CountryField</name>
    <message>
        <location filename="../../hrdoc/gui/country_field.py" line="34" />
        <source>Withheld or unknown</source>
        <translation>Non divulgué ou inconnu</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/country_field.py" line="47" />
        <source>Type part of the name, or its code</source>
        <translation>Tapez une partie du nom, ou son code</translation>
    </message>
</context>
<context>
    <name>Deleting</name>
    <message numerus="yes">
        <source>Delete this case and the %n record(s) under it?</source>
        <translation>
            <numerusform>Supprimer ce dossier et les %n enregistrement(s) qu'il contient ?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Erase “%1” and the %n record(s) under it for good, with every earlier version and their files? This cannot be undone.</source>
        <translation>
            <numerusform>Effacer définitivement « %1 » et les %n enregistrement(s) qu'il contient, avec chaque version antérieure et leurs fichiers ? C'est irréversible.</numerusform></translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="86" />
        <location filename="../../hrdoc/gui/panic_ui.py" line="98" />
        <source>Duress passphrase</source>
        <translation>Phrase de contrainte</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="92" />
        <source>Typed at unlock instead of your passphrase, a duress passphrase opens a decoy vault and destroys this one for good, at once: keep a backup somewhere else. The folder looks the same with or without one.</source>
        <translation>Tapée au déverrouillage à la place de votre phrase, une phrase de contrainte ouvre un coffre leurre et détruit celui-ci définitivement, aussitôt : gardez une sauvegarde ailleurs. Le dossier a le même aspect avec ou sans elle.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="100" />
        <source>Put the fictional sample case in the decoy</source>
        <translation>Mettre le cas d'exemple fictif dans le leurre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="111" />
        <source>Set duress passphrase</source>
        <translation>Définir la phrase de contrainte</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="114" />
        <source>Remove it</source>
        <translation>La supprimer</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="139" />
        <source>Edit case</source>
        <translation>Modifier le dossier</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="141" />
        <location filename="../../hrdoc/gui/record_dialogs.py" line="144" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="142" />
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="143" />
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
</context>
<context>
    <name>EditRecordsDialog</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="339" />
        <source>Beside each field: who may see it. A field goes out only where both its own level and the record's level allow it.</source>
        <translation>À côté de chaque champ : qui peut le voir. Un champ ne sort que là où son propre niveau et celui de la fiche le permettent tous deux.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="345" />
        <source>The person or organisation</source>
        <translation>La personne ou l'organisation</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="346" />
        <source>Their part in this incident</source>
        <translation>Son rôle dans cet incident</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="357" />
        <source>Who may see: %1</source>
        <translation>Qui peut voir : %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="367" />
        <location filename="../../hrdoc/gui/record_dialogs.py" line="370" />
        <source>Who may see the whole record</source>
        <translation>Qui peut voir toute la fiche</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../hrdoc/gui/worker.py" line="27" />
        <source>Cancelled; nothing was changed.</source>
        <extracomment>jobs started and not yet ended, so locking can stop them all</extracomment>
        <translation>Annulé ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/worker.py" line="28" />
        <source>Wrong passphrase. The vault was not opened and nothing was changed.</source>
        <translation>Phrase de passe erronée. Le coffre n'a pas été ouvert et rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/worker.py" line="31" />
        <source>Wrong recovery code. The vault was not opened and nothing was changed.</source>
        <translation>Code de récupération erroné. Le coffre n'a pas été ouvert et rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/worker.py" line="34" />
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/worker.py" line="73" />
        <source>Unexpected error (%1); nothing was changed.</source>
        <translation>Erreur inattendue (%1) ; rien n'a été modifié.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="56" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="56" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="60" />
        <source>Evidence files</source>
        <translation>Fichiers de preuve</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="62" />
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>Exporter une copie…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="63" />
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="65" />
        <source>Description, date, source, who may see it, and whether it may be published</source>
        <translation>Description, date, source, qui peut le voir, et s'il peut être publié</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="68" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="69" />
        <source>Write a verified copy of the selected file</source>
        <translation>Écrire une copie vérifiée du fichier choisi</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="70" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="71" />
        <source>Delete the selected row (Undo brings it back)</source>
        <translation>Supprimer la ligne choisie (Annuler la rétablit)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="73" />
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="75" />
        <source>Erase the selected file for good, with the copies made from it</source>
        <translation>Effacer définitivement le fichier choisi et les copies faites à partir de lui</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="78" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="96" />
        <source>What the file says about itself</source>
        <translation>Ce que le fichier dit de lui-même</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="139" />
        <source>Add evidence files</source>
        <translation>Ajouter des fichiers de preuve</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdoc/gui/evidence_panel.py" line="182" />
        <source>Added %n file(s).</source>
        <translation>
            <numerusform>%n fichier(s) ajouté(s).</numerusform></translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="208" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="211" />
        <source>Captured on (2016-08-10, 2016-08 or 2016)</source>
        <translation>Pris le (2016-08-10, 2016-08 ou 2016)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="214" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="216" />
        <source>May be published (a public report may show it)</source>
        <translation>Peut être publié (un rapport public peut le montrer)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="219" />
        <source>Edit evidence</source>
        <translation>Modifier la preuve</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="223" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="230" />
        <source>Export a copy</source>
        <translation>Exporter une copie</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="246" />
        <source>Exported a verified copy (SHA-256 checked).</source>
        <translation>Copie vérifiée exportée (SHA-256 contrôlé).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="279" />
        <source>The file says about itself: %1. This is kept secret: it leaves this vault only in a full export, and bundles below 'full' carry a copy of the file without it.</source>
        <translation>Le fichier dit de lui-même : %1. Cela reste secret : ne quitte ce coffre que dans un export complet, et les paquets en dessous de « full » emportent une copie du fichier sans cela.</translation>
    </message>
    <message>
        <source>The file says about itself: %1. This stays secret unless you change who may see it; bundles below 'full' carry a copy of the file without it.</source>
        <translation type="vanished">Le fichier dit de lui-même : %1. Cela reste secret tant que vous ne changez pas qui peut le voir ; les paquets en dessous de « full » emportent une copie du fichier sans cela.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="291" />
        <source>Too large to preview.</source>
        <translation>Trop volumineux pour l'aperçu.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence_panel.py" line="297" />
        <source>This image cannot be shown.</source>
        <translation>Cette image ne peut pas être affichée.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="51" />
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="52" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="53" />
        <source>People and organisations</source>
        <translation>Personnes et organisations</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="54" />
        <source>Roles in incidents</source>
        <translation>Rôles dans les incidents</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="55" />
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="56" />
        <source>Evidence files</source>
        <translation>Fichiers de preuve</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="57" />
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="64" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="65" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="66" />
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="68" />
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="70" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="67" />
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="69" />
        <source>First seen</source>
        <translation>Vu pour la première fois</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="71" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="72" />
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="73" />
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="74" />
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="75" />
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="76" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="77" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="78" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="79" />
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="80" />
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="81" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="82" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="83" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="84" />
        <source>By whom</source>
        <translation>Par qui</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="85" />
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="86" />
        <source>Chain of custody</source>
        <translation>Chaîne de possession</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="93" />
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="94" />
        <source>Replaced by a pseudonym</source>
        <translation>Remplacé par un pseudonyme</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="95" />
        <source>Made less precise</source>
        <translation>Rendu moins précis</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="96" />
        <source>Names replaced in free text</source>
        <translation>Noms remplacés dans le texte libre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="99" />
        <source>Redaction profile</source>
        <translation>Profil de caviardage</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="100" />
        <source>Records that go out:</source>
        <translation>Fiches qui sortent :</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="110" />
        <source>%1 withheld</source>
        <translation>%1 retenues</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="117" />
        <source>Nothing: this profile withholds every record.</source>
        <translation>Rien : ce profil retient toutes les fiches.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="122" />
        <source>Changed on the way out:</source>
        <translation>Modifié à la sortie :</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="130" />
        <source>Check these before sending (they quote your vault):</source>
        <translation>Vérifiez ceci avant d'envoyer (cela cite votre coffre) :</translation>
    </message>
</context>
<context>
    <name>FieldLevelsDialog</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="284" />
        <source>Who may see each field</source>
        <translation>Qui peut voir chaque champ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="290" />
        <source>A field goes out only where both its own level and the record's level allow it.</source>
        <translation>Un champ ne sort que là où son propre niveau et celui de la fiche le permettent tous deux.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="22" />
        <source>From (2016-08)</source>
        <translation>Du (2016-08)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="24" />
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="27" />
        <source>Country (TN)</source>
        <translation>Pays (TN)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="35" />
        <source>From date</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="36" />
        <source>To date</source>
        <translation>Jusqu'au</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="38" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="37" />
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="39" />
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="40" />
        <source>Who may see it</source>
        <translation>Qui peut le voir</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="41" />
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="42" />
        <source>Received from</source>
        <translation>Reçu de</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="58" />
        <source>Any type</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="63" />
        <source>Any verification</source>
        <translation>Toute vérification</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="68" />
        <source>Any level</source>
        <translation>Tout niveau</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="77" />
        <source>Any evidence</source>
        <translation>Preuves : toutes</translation>
    </message>
    <message>
        <source>Anyone may see</source>
        <translation type="vanished">Tout niveau</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="70" />
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="71" />
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="72" />
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>With or without evidence</source>
        <translation type="vanished">Avec ou sans preuves</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="78" />
        <source>With evidence</source>
        <translation>Avec preuves</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="78" />
        <source>Without evidence</source>
        <translation>Sans preuves</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/filter_bar.py" line="82" />
        <source>From anyone</source>
        <translation>De n'importe qui</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="38" />
        <source>Create your hrdoc vault</source>
        <translation>Créez votre coffre hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="53" />
        <source>Your records are kept encrypted on this computer. Choose a long passphrase: several unrelated words are easy to remember and hard to guess.</source>
        <translation>Vos données sont conservées chiffrées sur cet ordinateur. Choisissez une longue phrase de passe : plusieurs mots sans rapport sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="58" />
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="59" />
        <source>Load a fictional sample case to try hrdoc</source>
        <translation>Charger un dossier d'exemple fictif pour essayer hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="62" />
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="72" />
        <source>Restore a backup instead…</source>
        <translation>Restaurer une sauvegarde à la place…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="143" />
        <source>Your recovery code. It is shown only this once. Write it on paper and keep it away from this computer: it opens the vault if you forget the passphrase.</source>
        <translation>Votre code de récupération. Il n'est affiché qu'une fois. Écrivez-le sur papier et gardez-le loin de cet ordinateur : il ouvre le coffre si vous oubliez la phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="151" />
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="153" />
        <source>Type the last group of 6 digits to confirm:</source>
        <translation>Tapez le dernier groupe de 6 chiffres pour confirmer :</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="155" />
        <source>Last group of the recovery code</source>
        <translation>Dernier groupe du code de récupération</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="157" />
        <source>I have written it down</source>
        <translation>Je l'ai noté</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="183" />
        <source>Type the 6 digits of the last group (end of the second line).</source>
        <translation>Tapez les 6 chiffres du dernier groupe (fin de la deuxième ligne).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/first_run.py" line="186" />
        <source>These are not the last 6 digits of the code above. Check what you wrote down.</source>
        <translation>Ce ne sont pas les 6 derniers chiffres du code ci-dessus. Vérifiez ce que vous avez noté.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../hrdoc/gui/guide.py" line="54" />
        <source>hrdoc user guide</source>
        <translation>Guide d'utilisation de hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/guide.py" line="61" />
        <source>User guide</source>
        <translation>Guide d'utilisation</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/guide.py" line="84" />
        <source>Only the guide's own pages open here.</source>
        <translation>Seules les pages du guide s'ouvrent ici.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="432" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="438" />
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="439" />
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="440" />
        <source>imported from a bundle</source>
        <translation>importé d'un paquet</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="441" />
        <source>a copy was exported</source>
        <translation>une copie a été exportée</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="442" />
        <source>conflict: kept this vault's version</source>
        <translation>conflit : version de ce coffre conservée</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="444" />
        <source>Versions (times in UTC)</source>
        <translation>Versions (heures en UTC)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="447" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="450" />
        <source>What happened, in order (audit log)</source>
        <translation>Ce qui s'est passé, dans l'ordre (journal d'audit)</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="286" />
        <source>Import a bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="292" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="294" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="324" />
        <source>unknown sender</source>
        <translation>expéditeur inconnu</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="325" />
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="325" />
        <source>NOT verified</source>
        <translation>NON vérifié</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="327" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="328" />
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="329" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="334" />
        <source>You have not compared this fingerprint with the sender yet. Compare it (by phone or in person) before you rely on what the bundle says.</source>
        <translation>Vous n'avez pas encore comparé cette empreinte avec l'expéditeur. Comparez-la (par téléphone ou en personne) avant de vous fier au contenu du paquet.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="339" />
        <source>This bundle was already imported; nothing would change.</source>
        <translation>Ce paquet a déjà été importé ; rien ne changerait.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="341" />
        <source>Would add</source>
        <translation>Ajouterait</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="341" />
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="345" />
        <source>Already here</source>
        <translation>Déjà présents</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="348" />
        <source>Conflicts (your versions are kept)</source>
        <translation>Conflits (vos versions sont conservées)</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="39" />
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="40" />
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="41" />
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="42" />
        <source>Not tried (cancelled)</source>
        <translation>Non tenté (annulé)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="51" />
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="68" />
        <source>Bundles imported</source>
        <translation>Paquets importés</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="60" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="61" />
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="62" />
        <source>Verified contact</source>
        <translation>Contact vérifié</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="63" />
        <source>Records added</source>
        <translation>Enregistrements ajoutés</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="64" />
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="65" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="70" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="71" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="119" />
        <source>Also import from senders who are not my contacts</source>
        <translation>Importer aussi des expéditeurs qui ne sont pas mes contacts</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="143" />
        <source>Importing bundles…</source>
        <translation>Importation des paquets…</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="96" />
        <source>Incident title</source>
        <extracomment>vault drafts keep edits not saved when the vault locked, one per incident the incident fields this editor changes, and how to read each widget where a validation message goes, by the words it starts with</extracomment>
        <translation>Titre de l'incident</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="98" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="150" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="298" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="101" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="151" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="299" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="103" />
        <source>Date precision</source>
        <translation>Précision de la date</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="104" />
        <source>(from the date)</source>
        <translation>(d'après la date)</translation>
    </message>
    <message>
        <source>ISO code, e.g. LB; ZZ if withheld</source>
        <translation>Code ISO, p. ex. LB ; ZZ s'il est tenu secret</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="106" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="153" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="300" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="108" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="154" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="301" />
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="110" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="155" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="302" />
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="112" />
        <source>latitude, e.g. 33.89</source>
        <translation>latitude, p. ex. 33.89</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="115" />
        <source>longitude, e.g. 35.50</source>
        <translation>longitude, p. ex. 35.50</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="126" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="148" />
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="128" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="157" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="306" />
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="130" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="158" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="305" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="132" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="164" />
        <source>Who may see it</source>
        <translation>Qui peut le voir</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="134" />
        <source>Who may see each field…</source>
        <translation>Qui peut voir chaque champ…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="142" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="149" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="297" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="152" />
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="113" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="303" />
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="116" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="304" />
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="156" />
        <source>Coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="207" />
        <location filename="../../hrdoc/gui/incident_editor.py" line="208" />
        <source>Choose a day on a calendar</source>
        <translation>Choisir un jour dans un calendrier</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="307" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="386" />
        <source>Edits not saved before the vault locked are back. Check them and save.</source>
        <translation>Les modifications non enregistrées avant le verrouillage sont revenues. Vérifiez-les et enregistrez.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_editor.py" line="410" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="32" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="33" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="34" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="35" />
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/models.py" line="36" />
        <source>Received from</source>
        <translation>Reçu de</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="176" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="209" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="176" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="210" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="176" />
        <source>Known indicator</source>
        <translation>Indicateur connu</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="176" />
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="178" />
        <source>Indicator type</source>
        <translation>Type d'indicateur</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="180" />
        <source>domain, URL, phone number, process name…</source>
        <translation>domaine, URL, numéro de téléphone, nom de processus…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="180" />
        <source>Indicator value</source>
        <translation>Valeur de l'indicateur</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="183" />
        <source>Edit indicator</source>
        <translation>Modifier l'indicateur</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="211" />
        <source>First seen</source>
        <translation>Vu pour la première fois</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="212" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="213" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>InterventionsTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="368" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="371" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="396" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="368" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="395" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="368" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="372" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="398" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="368" />
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="370" />
        <source>Kind of intervention</source>
        <translation>Type d'intervention</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="374" />
        <source>Edit intervention</source>
        <translation>Modifier l'intervention</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="397" />
        <source>By whom</source>
        <translation>Par qui</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="399" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="102" />
        <source>Cases</source>
        <extracomment>the vault's folder even while locked (panic needs no passphrase)</extracomment>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Search incidents, people, indicators</source>
        <translation type="vanished">Rechercher incidents, personnes, indicateurs</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="112" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="124" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="128" />
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="129" />
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="131" />
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="133" />
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="135" />
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="137" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Locked. Unlock…</source>
        <translation>Verrouillé. Déverrouiller…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="108" />
        <source>Search incidents, people, indicators, evidence, places</source>
        <translation>Rechercher incidents, personnes, indicateurs, preuves, lieux</translation>
    </message>
    <message>
        <source>No incidents match.</source>
        <translation>Aucun incident ne correspond.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="168" />
        <source>The vault is locked. Nothing from it is shown until you unlock it.</source>
        <translation>Le coffre est verrouillé. Rien n'en est affiché tant que vous ne l'avez pas déverrouillé.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="171" />
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="182" />
        <location filename="../../hrdoc/gui/main_window.py" line="475" />
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="183" />
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="185" />
        <source>Incidents shown</source>
        <translation>Incidents affichés</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="187" />
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="190" />
        <source>&amp;Vault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="193" />
        <source>New &amp;case…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="194" />
        <source>New &amp;incident…</source>
        <translation>Nouvel &amp;incident…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="200" />
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase de passe…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="203" />
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="206" />
        <source>Back up for &amp;trusted contacts…</source>
        <translation>Sauvegarde pour des contacts de &amp;confiance…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="209" />
        <source>&amp;Duress passphrase…</source>
        <translation>Phrase de &amp;contrainte…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="212" />
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="213" />
        <source>Pa&amp;nic: destroy access…</source>
        <translation>Pa&amp;nique : détruire l'accès…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="217" />
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="220" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="221" />
        <source>&amp;Delete incident</source>
        <translation>&amp;Supprimer l'incident</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="226" />
        <source>&amp;Undo delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="231" />
        <source>Edit c&amp;ase…</source>
        <translation>Modifier le dossi&amp;er…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="233" />
        <source>Delete &amp;case…</source>
        <translation>Supprimer le &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="235" />
        <source>&amp;Erase incident for good…</source>
        <translation>&amp;Effacer l'incident définitivement…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="239" />
        <source>&amp;Exchange</source>
        <translation>É&amp;change</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="241" />
        <source>Export &amp;report…</source>
        <translation>Exporter un &amp;rapport…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="242" />
        <source>Export &amp;bundle…</source>
        <translation>Exporter un &amp;paquet…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="243" />
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="244" />
        <source>Import a &amp;folder of bundles…</source>
        <translation>Importer un &amp;dossier de paquets…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="245" />
        <source>Restore from a contact's &amp;copy…</source>
        <translation>Restaurer depuis la &amp;copie d'un contact…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="246" />
        <source>&amp;My key…</source>
        <translation>&amp;Ma clé…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="247" />
        <source>&amp;Contacts…</source>
        <translation>&amp;Contacts…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="248" />
        <source>C&amp;onflicts…</source>
        <translation>C&amp;onflits…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="249" />
        <source>&amp;Senders…</source>
        <translation>&amp;Expéditeurs…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="250" />
        <source>Import &amp;MVT results…</source>
        <translation>Importer des résultats &amp;MVT…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="251" />
        <source>Import &amp;STIX indicators…</source>
        <translation>Importer des indicateurs &amp;STIX…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="252" />
        <source>Import s&amp;preadsheet…</source>
        <translation>Importer un &amp;tableur…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/guide.py" line="106" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/guide.py" line="107" />
        <source>&amp;User guide</source>
        <translation>&amp;Guide d'utilisation</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/guide.py" line="111" />
        <source>&amp;What hrdoc protects you from</source>
        <translation>&amp;Contre quoi hrdoc vous protège</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/guide.py" line="114" />
        <source>&amp;About hrdoc</source>
        <translation>À &amp;propos de hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="295" />
        <source>Unlocked: %1</source>
        <translation>Déverrouillé : %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="305" />
        <source>Edits that could not be saved when the vault locked were kept. They come back when you open the incident: %1</source>
        <translation>Les modifications impossibles à enregistrer au verrouillage ont été gardées. Elles reviennent quand vous ouvrez l'incident : %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="68" />
        <source>Last backup: %1</source>
        <translation>Dernière sauvegarde : %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="70" />
        <source>No backup yet</source>
        <translation>Pas encore de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="89" />
        <source>Back up for trusted contacts</source>
        <translation>Sauvegarde pour des contacts de confiance</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="99" />
        <source>Backup bundle written for %1. Give it to them; on a new computer, Exchange &gt; Restore from a contact's copy brings the records back with your recovery code.</source>
        <translation>Paquet de sauvegarde écrit pour %1. Remettez-le-leur ; sur un nouvel ordinateur, Échange &gt; Restaurer depuis la copie d'un contact ramène les fiches avec votre code de récupération.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="109" />
        <source>Writing the backup bundle…</source>
        <translation>Écriture du paquet de sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="121" />
        <source>A backup a contact kept for you</source>
        <translation>Une sauvegarde qu'un contact a gardée pour vous</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="127" />
        <source>Restore from a contact's copy</source>
        <translation>Restaurer depuis la copie d'un contact</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="128" />
        <source>The recovery code of the vault that made this backup:</source>
        <translation>Le code de récupération du coffre qui a fait cette sauvegarde :</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="139" />
        <source>Restored %1 record(s).</source>
        <translation>%1 fiche(s) restaurée(s).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="147" />
        <source>Restoring the records…</source>
        <translation>Restauration des fiches…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/safety_actions.py" line="157" />
        <source>Backup written and checked: %1. The passphrase (or recovery code) of today opens it; keep it away from this computer.</source>
        <translation>Sauvegarde écrite et vérifiée : %1. La phrase de passe (ou le code de récupération) d'aujourd'hui l'ouvre ; gardez-la loin de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="317" />
        <source>All cases</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="390" />
        <source>Import a bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="413" />
        <source>Select the incident the MVT results belong to first.</source>
        <translation>Sélectionnez d'abord l'incident auquel appartiennent les résultats MVT.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="415" />
        <source>MVT output folder</source>
        <translation>Dossier de résultats MVT</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="421" />
        <source>Importing MVT results…</source>
        <translation>Import des résultats MVT…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="430" />
        <source>STIX 2.1 indicators</source>
        <translation>Indicateurs STIX 2.1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="436" />
        <source>Loading STIX indicators…</source>
        <translation>Chargement des indicateurs STIX…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="439" />
        <source>Loaded %1 indicators.</source>
        <translation>%1 indicateurs chargés.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="441" />
        <source>This file is already in the library.</source>
        <translation>Ce fichier est déjà dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="221" />
        <source>A spreadsheet of incidents</source>
        <translation>Un tableur d'incidents</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="223" />
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Tableurs (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="234" />
        <source>Imported %1 incident(s).</source>
        <translation>%1 incident(s) importé(s).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdoc/gui/main_window.py" line="505" />
        <source>%n incident(s) shown</source>
        <translation>
            <numerusform>%n incident affiché</numerusform><numerusform>%n incidents affichés</numerusform></translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="575" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="576" />
        <source>Save the changes to this incident first?</source>
        <translation>Enregistrer d'abord les modifications de cet incident ?</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/toolbar.py" line="36" />
        <source>Select the incident the files belong to.</source>
        <translation>Choisissez l'incident auquel appartiennent les fichiers.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/toolbar.py" line="42" />
        <source>Main actions</source>
        <translation>Actions principales</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/toolbar.py" line="50" />
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/toolbar.py" line="56" />
        <source>Add evidence</source>
        <translation>Ajouter une preuve</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/toolbar.py" line="62" />
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/toolbar.py" line="68" />
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/toolbar.py" line="72" />
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/views_menu.py" line="88" />
        <source>V&amp;iew</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/views_menu.py" line="90" />
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/views_menu.py" line="92" />
        <source>&amp;Statistics</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="127" />
        <source>No incidents match. Clear the search or the filter to see them all.</source>
        <translation>Aucun incident ne correspond. Effacez la recherche ou le filtre pour les voir tous.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="131" />
        <source>No incidents in this case yet. Add one with New incident (Ctrl+N).</source>
        <translation>Pas encore d'incident dans ce dossier. Ajoutez-en un avec Nouvel incident (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="134" />
        <source>No incidents yet. Add the first with New incident (Ctrl+N), or import a spreadsheet or a bundle from the Exchange menu. Help &gt; User guide (F1) explains each step.</source>
        <translation>Pas encore d'incident. Ajoutez le premier avec Nouvel incident (Ctrl+N), ou importez un tableur ou un paquet depuis le menu Échange. Aide &gt; Guide d'utilisation (F1) explique chaque étape.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/inbox_dialog.py" line="109" />
        <source>A folder of bundles</source>
        <translation>Un dossier de paquets</translation>
    </message>
</context>
<context>
    <name>MyKeyDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="387" />
        <source>My key</source>
        <translation>Ma clé</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="392" />
        <source>Send this card to partners, then compare the fingerprint with them by phone or in person.</source>
        <translation>Envoyez cette carte à vos partenaires, puis comparez l'empreinte avec eux par téléphone ou en personne.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="401" />
        <source>Your name or your organisation's, as partners see it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="403" />
        <source>Name on the card</source>
        <translation>Nom sur la carte</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="404" />
        <source>Set name</source>
        <translation>Définir le nom</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="411" />
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="422" />
        <source>Copy card</source>
        <translation>Copier la carte</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="451" />
        <source>Saved. Cards you send from now on carry this name.</source>
        <translation>Enregistré. Les cartes que vous envoyez désormais portent ce nom.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="114" />
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="116" />
        <source>Case title</source>
        <translation>Titre du dossier</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="119" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="120" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="118" />
        <location filename="../../hrdoc/gui/record_dialogs.py" line="121" />
        <source>Who may see it</source>
        <translation>Qui peut le voir</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="169" />
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="176" />
        <source>Incident title</source>
        <translation>Titre de l'incident</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="180" />
        <source>(from the date)</source>
        <translation>(d'après la date)</translation>
    </message>
    <message>
        <source>ISO code, e.g. LB; ZZ if withheld</source>
        <translation>Code ISO, p. ex. LB ; ZZ s'il est tenu secret</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="200" />
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="201" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="202" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="203" />
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="186" />
        <location filename="../../hrdoc/gui/record_dialogs.py" line="204" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="205" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="206" />
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="207" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="198" />
        <location filename="../../hrdoc/gui/record_dialogs.py" line="208" />
        <source>Who may see it</source>
        <translation>Qui peut le voir</translation>
    </message>
</context>
<context>
    <name>PanicDialog</name>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="35" />
        <source>Panic</source>
        <translation>Panique</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="38" />
        <source>Destroy access to this vault now?</source>
        <translation>Détruire maintenant l'accès à ce coffre ?</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="39" />
        <source>The passphrase will no longer open it, and hrdoc quits.</source>
        <translation>La phrase de passe ne l'ouvrira plus, et hrdoc se ferme.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="42" />
        <source>The recovery code will not open it either: only a backup brings it back.</source>
        <translation>Le code de récupération ne l'ouvrira pas non plus : seule une sauvegarde le ramène.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="45" />
        <source>The recovery code written on paper will still open it.</source>
        <translation>Le code de récupération noté sur papier l'ouvrira encore.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="47" />
        <source>The database and the evidence files are deleted too.</source>
        <translation>La base de données et les fichiers de preuves sont aussi supprimés.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/panic_ui.py" line="55" />
        <source>Destroy access now</source>
        <translation>Détruire l'accès maintenant</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>Trop courte : utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Too repetitive.</source>
        <translation>Trop répétitive.</translation>
    </message>
    <message>
        <source>Strong: a long passphrase of several words.</source>
        <translation>Forte : une longue phrase de plusieurs mots.</translation>
    </message>
    <message>
        <source>Fair. Four or more unrelated words would be stronger.</source>
        <translation>Correcte. Quatre mots sans rapport ou plus seraient plus forts.</translation>
    </message>
    <message>
        <source>Weak: a single word or short phrase can be guessed. Add more words.</source>
        <translation>Faible : un seul mot ou une phrase courte se devine. Ajoutez des mots.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="27" />
        <source>Several unrelated words are easy to remember and hard to guess.</source>
        <extracomment>the window's language, set when its translation is installed (hrdoc/gui/app.py)</extracomment>
        <translation>Plusieurs mots sans rapport sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="31" />
        <source>Strong enough.</source>
        <translation>Assez forte.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="34" />
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="37" />
        <source>This is one of the most used passwords.</source>
        <translation>C'est l'un des mots de passe les plus utilisés.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="40" />
        <source>This is a very common password.</source>
        <translation>C'est un mot de passe très courant.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="43" />
        <source>This is close to a commonly used password.</source>
        <translation>Cela ressemble à un mot de passe très utilisé.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="46" />
        <source>A single word is easy to guess.</source>
        <translation>Un seul mot est facile à deviner.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="49" />
        <source>A name on its own is easy to guess.</source>
        <translation>Un nom seul est facile à deviner.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="52" />
        <source>Dates are easy to guess.</source>
        <translation>Les dates sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="55" />
        <source>Years are easy to guess.</source>
        <translation>Les années sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="62" />
        <source>Add more unrelated words.</source>
        <translation>Ajoutez d'autres mots sans rapport.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="64" />
        <source>Too easy to guess. Add more unrelated words, or use a suggested passphrase.</source>
        <translation>Trop facile à deviner. Ajoutez d'autres mots sans rapport, ou utilisez une phrase proposée.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="81" />
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="110" />
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="86" />
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="92" />
        <source>Passphrase strength</source>
        <translation>Force de la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="96" />
        <source>Suggest a passphrase</source>
        <translation>Proposer une phrase de passe</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="99" />
        <source>Random words, shown so you can write them down; click again for others</source>
        <translation>Des mots au hasard, affichés pour que vous les notiez ; cliquez à nouveau pour d'autres</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="104" />
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="111" />
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="131" />
        <source>Choose a stronger passphrase: the meter must be full.</source>
        <translation>Choisissez une phrase plus forte : la jauge doit être pleine.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="135" />
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/passphrase_fields.py" line="145" />
        <source>Write it down and keep it away from this computer until you know it by heart.</source>
        <translation>Notez-la et gardez-la loin de cet ordinateur jusqu'à la connaître par cœur.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="235" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="245" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="235" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="243" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="322" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="235" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="244" />
        <location filename="../../hrdoc/gui/incident_tabs.py" line="321" />
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="236" />
        <source>People and organisations</source>
        <translation>Personnes et organisations</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="241" />
        <source>Someone already recorded</source>
        <translation>Quelqu'un déjà enregistré</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="247" />
        <source>Edit person or organisation</source>
        <translation>Modifier la personne ou l'organisation</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="256" />
        <source>Erase person…</source>
        <translation>Effacer la personne…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="258" />
        <source>Erase this person from the vault for good: every incident, every version</source>
        <translation>Effacer définitivement cette personne du coffre : de chaque incident, de chaque version</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="282" />
        <source>Someone new: type the name below</source>
        <translation>Quelqu'un de nouveau : tapez le nom ci-dessous</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="323" />
        <source>Other names (one per line)</source>
        <translation>Autres noms (un par ligne)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="324" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="325" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="331" />
        <source>Role in this incident</source>
        <translation>Rôle dans cet incident</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="332" />
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="333" />
        <source>Notes on their role</source>
        <translation>Notes sur son rôle</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="347" />
        <source>They are already listed in this role.</source>
        <translation>Déjà inscrit dans ce rôle.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="251" />
        <source>A person's name and contact details start secret: they never leave this vault unless you export in full.</source>
        <translation>Le nom et les coordonnées d'une personne sont d'abord secrets : ils ne quittent jamais ce coffre, sauf export complet.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../hrdoc/gui/worker.py" line="130" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="43" />
        <source>Discard what you typed here?</source>
        <translation>Abandonner ce que vous avez tapé ici ?</translation>
    </message>
    <message>
        <source>Less protection</source>
        <translation>Moins de protection</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/record_dialogs.py" line="257" />
        <source>These fields would be less protected than hrdoc's default: %1. They could then appear in bundles for partners or in public reports. Save anyway?</source>
        <translation>Ces champs seraient moins protégés que ne le prévoit hrdoc : %1. Ils pourraient alors figurer dans des paquets pour partenaires ou des rapports publics. Enregistrer quand même ?</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../hrdoc/gui/deleting.py" line="86" />
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdoc/gui/deleting.py" line="91" />
        <source>Erase “%1” and the %n record(s) under it for good, with every earlier version and their files? This cannot be undone.</source>
        <translation>
            <numerusform>Effacer définitivement « %1 » et les %n enregistrement(s) qu'il contient, avec chaque version antérieure et leurs fichiers ? C'est irréversible.</numerusform></translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/deleting.py" line="101" />
        <source>Also erased</source>
        <translation>Également effacé</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/deleting.py" line="110" />
        <source>This person is still named in the places below. In each ticked one the name is replaced with “[name withheld]” and the record's earlier versions are erased:</source>
        <translation>Cette personne est encore nommée aux endroits ci-dessous. Dans chacun de ceux cochés, le nom est remplacé par « [name withheld] » et les versions antérieures de la fiche sont effacées :</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/deleting.py" line="132" />
        <source>&amp;Erase for good</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="248" />
        <source>Export a report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="254" />
        <source>Save report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="255" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="256" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="262" />
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="266" />
        <source>Saved: %1 bytes.</source>
        <translation>Enregistré : %1 octets.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="121" />
        <location filename="../../hrdoc/gui/backup_ui.py" line="172" />
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="127" />
        <source>Choose the backup file, then type the passphrase the vault had when the backup was made (or use the recovery code).</source>
        <translation>Choisissez le fichier de sauvegarde, puis tapez la phrase de passe qu'avait le coffre lors de la sauvegarde (ou utilisez le code de récupération).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="133" />
        <location filename="../../hrdoc/gui/backup_ui.py" line="139" />
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="134" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="142" />
        <location filename="../../hrdoc/gui/backup_ui.py" line="143" />
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="144" />
        <source>I have only the recovery code</source>
        <translation>Je n'ai que le code de récupération</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="147" />
        <location filename="../../hrdoc/gui/backup_ui.py" line="148" />
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="157" />
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/backup_ui.py" line="180" />
        <source>Choose the backup file first.</source>
        <translation>Choisissez d'abord le fichier de sauvegarde.</translation>
    </message>
</context>
<context>
    <name>Senders</name>
    <message>
        <location filename="../../hrdoc/gui/senders_dialog.py" line="32" />
        <location filename="../../hrdoc/gui/senders_dialog.py" line="42" />
        <source>Senders</source>
        <translation>Expéditeurs</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/senders_dialog.py" line="37" />
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/senders_dialog.py" line="38" />
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/senders_dialog.py" line="39" />
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/senders_dialog.py" line="48" />
        <source>&amp;Withdraw their records…</source>
        <translation>&amp;Retirer leurs enregistrements…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/senders_dialog.py" line="53" />
        <source>No bundle has been imported yet (Exchange &gt; Import bundle…).</source>
        <translation>Aucun paquet n'a encore été importé (Échange &gt; Importer un paquet…).</translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <location filename="../../hrdoc/gui/widgets.py" line="100" />
        <source>Same as the record</source>
        <extracomment>languages hrdoc offers, each named in itself</extracomment>
        <translation>Comme la fiche</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="41" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdoc/gui/settings_dialog.py" line="33" />
        <source>minutes</source>
        <extracomment>shortcuts offered for Panic: none of them is taken by the window already</extracomment>
        <translation>
            <numerusform>minute</numerusform><numerusform>minutes</numerusform></translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="48" />
        <source>Lock after idle minutes</source>
        <translation>Verrouiller après des minutes d'inactivité</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdoc/gui/settings_dialog.py" line="34" />
        <source>days</source>
        <translation>
            <numerusform>jour</numerusform><numerusform>jours</numerusform></translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="51" />
        <location filename="../../hrdoc/gui/settings_dialog.py" line="90" />
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="56" />
        <location filename="../../hrdoc/gui/settings_dialog.py" line="65" />
        <source>Remind me to back up after</source>
        <translation>Me rappeler de sauvegarder après</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="64" />
        <source>Lock after</source>
        <translation>Verrouiller après</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="66" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="67" />
        <source>A new language applies the next time hrdoc starts.</source>
        <translation>La nouvelle langue s'applique au prochain démarrage de hrdoc.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="68" />
        <source>Panic also destroys the recovery code's key</source>
        <translation>La panique détruit aussi la clé du code de récupération</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="70" />
        <source>Panic also deletes the database and evidence files</source>
        <translation>La panique supprime aussi la base de données et les fichiers de preuves</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="74" />
        <location filename="../../hrdoc/gui/settings_dialog.py" line="87" />
        <source>Panic shortcut</source>
        <translation>Raccourci de panique</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="75" />
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="91" />
        <location filename="../../hrdoc/gui/settings_dialog.py" line="95" />
        <source>Destroy this vault after wrong passphrases</source>
        <translation>Détruire ce coffre après des phrases de passe erronées</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/settings_dialog.py" line="99" />
        <source>Counted in the vault's folder; someone with a copy of the folder is not bound by it.</source>
        <translation>Compté dans le dossier du coffre ; quelqu'un qui en a une copie n'y est pas tenu.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="55" />
        <source>Numbers of the chart: %1</source>
        <translation>Chiffres du graphique : %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="76" />
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="77" />
        <source>Save as &amp;PNG…</source>
        <translation>Enregistrer en &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="78" />
        <source>Save as &amp;SVG…</source>
        <translation>Enregistrer en &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="113" />
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="127" />
        <source>Could not save the chart: %1</source>
        <translation>Impossible d'enregistrer le graphique : %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="153" />
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="157" />
        <source>What the list shows</source>
        <translation>Ce que montre la liste</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="158" />
        <source>The whole vault</source>
        <translation>Tout le coffre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="159" />
        <source>Count</source>
        <translation>Compter</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="163" />
        <source>No incident to count. Add one with Vault &gt; New incident, or clear the filter above the list.</source>
        <translation>Aucun incident à compter. Ajoutez-en un avec Coffre &gt; Nouvel incident, ou effacez le filtre au-dessus de la liste.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/statistics_view.py" line="173" />
        <source>Count:</source>
        <translation>Compter :</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <extracomment>milliseconds the last update took (counting and drawing the chart shown)</extracomment>
        <translation>
            <numerusform>%n incident</numerusform><numerusform>%n incidents</numerusform></translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="53" />
        <source>Import a spreadsheet</source>
        <translation>Importer un tableur</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="58" />
        <source>%1: %2 row(s). Choose the field each column fills.</source>
        <translation>%1 : %2 ligne(s). Choisissez le champ que remplit chaque colonne.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="65" />
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="65" />
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="65" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="67" />
        <source>Columns and fields</source>
        <translation>Colonnes et champs</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="77" />
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="82" />
        <source>Field for column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="89" />
        <source>Year first only (2016-08-10)</source>
        <translation>Année d'abord seulement (2016-08-10)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="90" />
        <source>Day first (10/08/2016 is 10 August)</source>
        <translation>Jour d'abord (10/08/2016 est le 10 août)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="91" />
        <source>Month first (08/10/2016 is 10 August)</source>
        <translation>Mois d'abord (08/10/2016 est le 10 août)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="93" />
        <source>Dates written with /</source>
        <translation>Dates écrites avec /</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="96" />
        <source>What will be imported, and the problems</source>
        <translation>Ce qui sera importé, et les problèmes</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="99" />
        <source>Save mapping…</source>
        <translation>Enregistrer la correspondance…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="100" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="101" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="116" />
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="117" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="118" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="119" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="120" />
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="121" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="122" />
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="123" />
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="124" />
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="125" />
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="126" />
        <source>Coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="127" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="128" />
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="149" />
        <source>Two columns fill the same field: %1</source>
        <translation>Deux colonnes remplissent le même champ : %1</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="157" />
        <source>The first rows, as they will be stored:</source>
        <translation>Les premières lignes, telles qu'elles seront enregistrées :</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="164" />
        <source>%1 problem(s): change the choices above, or fix the file and open it again.</source>
        <translation>%1 problème(s) : changez les choix ci-dessus, ou corrigez le fichier et rouvrez-le.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="171" />
        <source>%1 incident(s) in %2 new case(s) will be imported.</source>
        <translation>%1 incident(s) dans %2 nouveau(x) dossier(s) seront importés.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="185" />
        <source>Save the column mapping</source>
        <translation>Enregistrer la correspondance des colonnes</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/table_import.py" line="208" />
        <source>Importing the spreadsheet…</source>
        <translation>Importation du tableur…</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="82" />
        <location filename="../../hrdoc/gui/timeline_view.py" line="194" />
        <source>Timeline</source>
        <extracomment>incidents drawn at most; a larger set asks for a narrower filter</extracomment>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="198" />
        <source>What the list shows</source>
        <translation>Ce que montre la liste</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="199" />
        <source>The whole vault</source>
        <translation>Tout le coffre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="200" />
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="203" />
        <source>Lanes by type</source>
        <translation>Lignes par type</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="204" />
        <source>Lanes by person</source>
        <translation>Lignes par personne</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="205" />
        <source>Lanes by perpetrator</source>
        <translation>Lignes par auteur</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="206" />
        <source>One lane</source>
        <translation>Une seule ligne</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="209" />
        <source>Lanes</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="219" />
        <source>Chosen incident</source>
        <translation>Incident choisi</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="222" />
        <source>No dated incident to show. Add one with Vault &gt; New incident, or clear the filter above the list.</source>
        <translation>Aucun incident daté à afficher. Ajoutez-en un avec Coffre &gt; Nouvel incident, ou effacez le filtre au-dessus de la liste.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="241" />
        <source>A bar spans the month or year an incident is known to; a dot is a day; a dashed outline marks an approximate date. Click an incident or press Enter to open it.</source>
        <translation>Une barre couvre le mois ou l'année connus de l'incident ; un point est un jour ; un contour en pointillés signale une date approximative. Cliquez sur un incident ou appuyez sur Entrée pour l'ouvrir.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) without a date are not shown.</source>
        <translation>
            <numerusform>%n incident sans date n'est pas affiché.</numerusform><numerusform>%n incidents sans date ne sont pas affichés.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The first %n incidents are shown: narrow the filter to see the rest.</source>
        <translation>
            <numerusform>Les %n premiers incidents sont affichés : affinez le filtre pour voir le reste.</numerusform><numerusform>Les %n premiers incidents sont affichés : affinez le filtre pour voir le reste.</numerusform></translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="291" />
        <source>No type</source>
        <translation>Sans type</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="293" />
        <source>No person named</source>
        <translation>Aucune personne nommée</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="295" />
        <source>No perpetrator named</source>
        <translation>Aucun auteur nommé</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/timeline_view.py" line="296" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../hrdoc/gui/deleting.py" line="39" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/deleting.py" line="48" />
        <source>Deleted “%1”.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdoc/gui/deleting.py" line="50" />
        <source>%n record(s) under it too.</source>
        <translation>
            <numerusform>Et %n enregistrement(s) en dessous.</numerusform></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="36" />
        <source>Unlock hrdoc</source>
        <translation>Déverrouiller hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="39" />
        <location filename="../../hrdoc/gui/unlock.py" line="57" />
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="45" />
        <location filename="../../hrdoc/gui/unlock.py" line="91" />
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="47" />
        <source>Forgot it? Use the recovery code</source>
        <translation>Oubliée ? Utilisez le code de récupération</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="49" />
        <location filename="../../hrdoc/gui/unlock.py" line="59" />
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="65" />
        <source>Panic: destroy access…</source>
        <translation>Panique : détruire l'accès…</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Répétez la nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="53" />
        <source>Type the 48 digits of the recovery code you wrote down (spaces and dashes do not matter), then choose a new passphrase.</source>
        <translation>Tapez les 48 chiffres du code de récupération que vous avez noté (espaces et tirets sans importance), puis choisissez une nouvelle phrase de passe.</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="91" />
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
        <location filename="../../hrdoc/gui/incident_tabs.py" line="58" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="60" />
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="61" />
        <source>Edit the selected row (or press Enter on it)</source>
        <translation>Modifier la ligne choisie (ou appuyez sur Entrée)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="63" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/incident_tabs.py" line="64" />
        <source>Delete the selected row (Undo brings it back)</source>
        <translation>Supprimer la ligne choisie (Annuler la rétablit)</translation>
    </message>
</context>
<context>
    <name>_RedactedExportDialog</name>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="155" />
        <source>public: for publication (pseudonyms, no secrets)</source>
        <translation>public : pour publier (pseudonymes, aucun secret)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="156" />
        <source>partner: for organisations you trust (no secrets)</source>
        <translation>partner : pour des organisations de confiance (aucun secret)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="157" />
        <source>full: everything, for yourself</source>
        <translation>full : tout, pour vous seul</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="163" />
        <source>What will go out</source>
        <translation>Ce qui sortira</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="166" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="184" />
        <source>Redaction profile</source>
        <translation>Profil de caviardage</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="185" />
        <source>Exactly what goes out, after redaction:</source>
        <translation>Exactement ce qui sort, après caviardage :</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="204" />
        <source>Incidents:</source>
        <translation>Incidents :</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange_dialogs.py" line="217" />
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
</context>
</TS>