<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AutomationReport</name>
    <message>
        <source>%n lead score changed</source>
        <translation>%n score de prospect modifié</translation>
    </message>
    <message>
        <source>%n lead scores changed</source>
        <translation>%n scores de prospects modifiés</translation>
    </message>
    <message>
        <source>%n new MQL</source>
        <translation>%n nouveau MQL</translation>
    </message>
    <message>
        <source>%n new MQLs</source>
        <translation>%n nouveaux MQL</translation>
    </message>
    <message>
        <source>%n recycled lead back for review</source>
        <translation>%n prospect recyclé de retour pour réexamen</translation>
    </message>
    <message>
        <source>%n recycled leads back for review</source>
        <translation>%n prospects recyclés de retour pour réexamen</translation>
    </message>
    <message>
        <source>%n of them MQL again</source>
        <translation>dont %n de nouveau MQL</translation>
    </message>
    <message>
        <source>%n first-contact deadline missed</source>
        <translation>%n échéance de premier contact manquée</translation>
    </message>
    <message>
        <source>%n first-contact deadlines missed</source>
        <translation>%n échéances de premier contact manquées</translation>
    </message>
    <message>
        <source>%n escalated</source>
        <translation>%n mis en escalade</translation>
    </message>
    <message>
        <source>%n reassigned</source>
        <translation>%n transmis à un autre commercial</translation>
    </message>
    <message>
        <source>%n nurture task made</source>
        <translation>%n tâche de maturation créée</translation>
    </message>
    <message>
        <source>%n nurture tasks made</source>
        <translation>%n tâches de maturation créées</translation>
    </message>
    <message>
        <source>%n sequence completed</source>
        <translation>%n séquence terminée</translation>
    </message>
    <message>
        <source>%n sequences completed</source>
        <translation>%n séquences terminées</translation>
    </message>
    <message>
        <source>%n sequence left</source>
        <translation>%n séquence quittée</translation>
    </message>
    <message>
        <source>%n sequences left</source>
        <translation>%n séquences quittées</translation>
    </message>
    <message>
        <source>%n task closed because its lead moved on</source>
        <translation>%n tâche close car son prospect a évolué</translation>
    </message>
    <message>
        <source>%n tasks closed because their leads moved on</source>
        <translation>%n tâches closes car leurs prospects ont évolué</translation>
    </message>
    <message>
        <source>%n task came due</source>
        <translation>%n tâche arrivée à échéance</translation>
    </message>
    <message>
        <source>%n tasks came due</source>
        <translation>%n tâches arrivées à échéance</translation>
    </message>
    <message>
        <source>%n waiting MQL routed</source>
        <translation>%n MQL en attente attribué</translation>
    </message>
    <message>
        <source>%n waiting MQLs routed</source>
        <translation>%n MQL en attente attribués</translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>Leads cannot be sorted by %1.</source>
        <translation>Les prospects ne peuvent pas être triés par %1.</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>nowhere, it is closed</source>
        <translation>nulle part, il est clos</translation>
    </message>
    <message>
        <source>A lead cannot move from %1 to %2; from %1 it can go to: %3.</source>
        <translation>Un prospect ne peut pas passer de %1 à %2 ; depuis %1, il peut aller vers : %3.</translation>
    </message>
</context>
<context>
    <name>QualificationEditor</name>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>&amp;Autorité</translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation>Bes&amp;oin</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>É&amp;chéance</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <source>Cannot clear the first-contact deadline</source>
        <translation>Impossible d&apos;effacer l&apos;échéance du premier contact</translation>
    </message>
    <message>
        <source>Lead %1 has no owner to accept or reject it.</source>
        <translation>Le prospect %1 n&apos;a pas de responsable pour l&apos;accepter ou le refuser.</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>sample data</source>
        <translation>données d&apos;exemple</translation>
    </message>
</context>
<context>
    <name>ScoringRuleDialog</name>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 doit être un nombre.</translation>
    </message>
</context>
<context>
    <name>ScoringRulesEditor</name>
    <message>
        <source>%1 point</source>
        <translation>%1 point</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>1 rule</source>
        <translation>1 règle</translation>
    </message>
    <message>
        <source>%1 rules</source>
        <translation>%1 règles</translation>
    </message>
</context>
<context>
    <name>SequencesEditor</name>
    <message>
        <source>Step %1&apos;s subject</source>
        <translation>Objet de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Step %1&apos;s call text</source>
        <translation>Texte d&apos;appel de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Step %1&apos;s body</source>
        <translation>Corps de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Step %1&apos;s notes</source>
        <translation>Notes de l&apos;étape %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Cannot save the setting %1</source>
        <translation>Impossible d&apos;enregistrer le paramètre %1</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacté</translation>
    </message>
    <message>
        <source>Marketing qualified</source>
        <translation>Qualifié marketing</translation>
    </message>
    <message>
        <source>Sales qualified</source>
        <translation>Qualifié ventes</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Nurturing</source>
        <translation>En maturation</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Disqualifié</translation>
    </message>
</context>
<context>
    <name>lf</name>
    <message>
        <source>Cannot read the campaigns</source>
        <translation>Impossible de lire les campagnes</translation>
    </message>
    <message>
        <source>Cannot read import %1</source>
        <translation>Impossible de lire l&apos;importation %1</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>L&apos;importation %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Import %1 brought %2, not campaigns.</source>
        <translation>L&apos;importation %1 concernait : %2, pas des campagnes.</translation>
    </message>
    <message>
        <source>Import %1 was already undone.</source>
        <translation>L&apos;importation %1 a déjà été annulée.</translation>
    </message>
    <message>
        <source>Import %1 never finished.</source>
        <translation>L&apos;importation %1 ne s&apos;est jamais terminée.</translation>
    </message>
    <message>
        <source>Import %1 cannot be undone: touchpoints or leads now use campaigns it created (%2). Undo the imports that brought them first. Nothing was undone.</source>
        <translation>L&apos;importation %1 ne peut pas être annulée : des points de contact ou des prospects utilisent maintenant des campagnes qu&apos;elle a créées (%2). Annulez d&apos;abord les importations qui les ont apportés. Rien n&apos;a été annulé.</translation>
    </message>
    <message>
        <source>Import %1 cannot be undone: campaigns it created or updated were changed since (%2). Nothing was undone.</source>
        <translation>L&apos;importation %1 ne peut pas être annulée : des campagnes qu&apos;elle a créées ou mises à jour ont été modifiées depuis (%2). Rien n&apos;a été annulé.</translation>
    </message>
    <message>
        <source>Cannot restore campaign %1</source>
        <translation>Impossible de restaurer la campagne %1</translation>
    </message>
    <message>
        <source>Cannot remove campaign %1</source>
        <translation>Impossible de supprimer la campagne %1</translation>
    </message>
    <message>
        <source>Cannot record the undo of import %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;annulation de l&apos;importation %1</translation>
    </message>
    <message>
        <source>The import could not be written</source>
        <translation>L&apos;importation n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <source>The header row names &quot;%1&quot; twice (columns %2 and %3); rename one and import again. Nothing was imported.</source>
        <translation>La ligne d&apos;en-tête nomme « %1 » deux fois (colonnes %2 et %3) ; renommez-en une et importez à nouveau. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>The mapping has %1 columns but the file has %2.</source>
        <translation>La correspondance a %1 colonnes, mais le fichier en a %2.</translation>
    </message>
    <message>
        <source>Column mapped to %1, which Leadflow keeps itself.</source>
        <translation>Colonne associée à %1, que Leadflow gère lui-même.</translation>
    </message>
    <message>
        <source>Import %1 cannot be undone: leads it updated were changed since (%2). Nothing was undone.</source>
        <translation>L&apos;importation %1 ne peut pas être annulée : des prospects qu&apos;elle a mis à jour ont été modifiés depuis (%2). Rien n&apos;a été annulé.</translation>
    </message>
    <message>
        <source>undo of import #%1</source>
        <translation>annulation de l&apos;importation nº %1</translation>
    </message>
    <message>
        <source>Cannot remove the leads of import %1</source>
        <translation>Impossible de supprimer les prospects de l&apos;importation %1</translation>
    </message>
    <message>
        <source>Cannot read the imports</source>
        <translation>Impossible de lire les importations</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>aucun e-mail</translation>
    </message>
    <message>
        <source>no lead with this email</source>
        <translation>aucun prospect avec cet e-mail</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>aucun type</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>aucune date</translation>
    </message>
    <message>
        <source>unreadable date</source>
        <translation>date illisible</translation>
    </message>
    <message>
        <source>Cannot read the leads</source>
        <translation>Impossible de lire les prospects</translation>
    </message>
    <message>
        <source>Import %1 brought %2, not touchpoints.</source>
        <translation>L&apos;importation %1 concernait : %2, pas des points de contact.</translation>
    </message>
    <message>
        <source>Cannot remove the touchpoints of import %1</source>
        <translation>Impossible de supprimer les points de contact de l&apos;importation %1</translation>
    </message>
    <message>
        <source>Cannot remove the campaigns of import %1</source>
        <translation>Impossible de supprimer les campagnes de l&apos;importation %1</translation>
    </message>
    <message>
        <source>The saved filter &quot;%1&quot; has a value Leadflow cannot read.</source>
        <translation>Le filtre enregistré « %1 » contient une valeur que Leadflow ne peut pas lire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country Leadflow knows; use a country name or its two-letter ISO code.</source>
        <translation>« %1 » n&apos;est pas un pays connu de Leadflow ; utilisez un nom de pays ou son code ISO à deux lettres.</translation>
    </message>
    <message>
        <source>A lead needs at least a name, a company, an email or a phone number.</source>
        <translation>Un prospect doit avoir au moins un nom, une entreprise, un e-mail ou un numéro de téléphone.</translation>
    </message>
    <message>
        <source>The field %1 is kept by Leadflow and cannot be set.</source>
        <translation>Le champ %1 est géré par Leadflow et ne peut pas être défini.</translation>
    </message>
    <message>
        <source>Cannot write the audit log</source>
        <translation>Impossible d&apos;écrire le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Cannot write the stage history</source>
        <translation>Impossible d&apos;écrire l&apos;historique des étapes</translation>
    </message>
    <message>
        <source>Moving a lead to %1 needs a reason, one of: %2.</source>
        <translation>Passer un prospect à %1 nécessite un motif, parmi : %2.</translation>
    </message>
    <message>
        <source>&quot;%3&quot; is not a reason for %1; use one of: %2 (the list is part of the qualification definition).</source>
        <translation>« %3 » n&apos;est pas un motif pour %1 ; utilisez l&apos;un de : %2 (la liste fait partie de la définition de qualification).</translation>
    </message>
    <message>
        <source>Lead %1 cannot be SQL yet: the qualification definition (v%2) asks for %3, and it lacks %4. Fill in the BANT fields first.</source>
        <translation>Le prospect %1 ne peut pas encore être SQL : la définition de qualification (v%2) exige %3, et il lui manque %4. Remplissez d&apos;abord les champs BANT.</translation>
    </message>
    <message>
        <source>The saved segment &quot;%1&quot; cannot be read: %2.</source>
        <translation>Le segment enregistré « %1 » ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>The saved segment &quot;%1&quot; cannot be read: %2</source>
        <translation>Le segment enregistré « %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Cannot read task %1</source>
        <translation>Impossible de lire la tâche %1</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>La tâche %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Task %1 is for lead %2, which is deleted; restore the lead first.</source>
        <translation>La tâche %1 concerne le prospect %2, qui est supprimé ; restaurez d&apos;abord le prospect.</translation>
    </message>
    <message>
        <source>Task %1 is no longer to be done: lead %2 left the sequence &quot;%3&quot; (%4).</source>
        <translation>La tâche %1 n&apos;est plus à faire : le prospect %2 a quitté la séquence « %3 » (%4).</translation>
    </message>
    <message>
        <source>Setting %1 = &quot;%2&quot;: %3</source>
        <translation>Paramètre %1 = « %2 » : %3</translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation>Impossible de lire les utilisateurs</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>L&apos;utilisateur %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be managed by someone who reports to them.</source>
        <translation>%1 ne peut pas être géré par une personne qui lui rend compte.</translation>
    </message>
    <message>
        <source>There is no user %1 to be the manager.</source>
        <translation>L&apos;utilisateur %1, désigné comme manager, n&apos;existe pas.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>The smoothing of the predictive score must be a number above 0, not %1.</source>
        <translation>Le lissage du score prédictif doit être un nombre supérieur à 0, pas %1.</translation>
    </message>
    <message>
        <source>The predictive score cannot use the stage, since the stage is what it predicts; leave it out of the fields.</source>
        <translation>Le score prédictif ne peut pas utiliser l&apos;étape, puisque c&apos;est l&apos;étape qu&apos;il prédit ; retirez-la des champs.</translation>
    </message>
    <message>
        <source>The predictive score cannot use %1; choose other fields.</source>
        <translation>Le score prédictif ne peut pas utiliser %1 ; choisissez d&apos;autres champs.</translation>
    </message>
    <message>
        <source>The field %1 is chosen twice for the predictive score; choose it once.</source>
        <translation>Le champ %1 est choisi deux fois pour le score prédictif ; choisissez-le une seule fois.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of texts.</source>
        <translation>« %1 » doit être une liste de textes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>« %1 » doit être un nombre entier.</translation>
    </message>
    <message>
        <source>Cannot move lead %1 to MQL</source>
        <translation>Impossible de passer le prospect %1 en MQL</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>Impossible de lire le fichier : %1.</translation>
    </message>
    <message>
        <source>The file %1 is read-only.</source>
        <translation>Le fichier %1 est en lecture seule.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only.</source>
        <translation>Le dossier %1 est en lecture seule.</translation>
    </message>
    <message>
        <source>The database could not be set up</source>
        <translation>La base de données n&apos;a pas pu être configurée</translation>
    </message>
    <message>
        <source>Cannot compute the metrics</source>
        <translation>Impossible de calculer les indicateurs</translation>
    </message>
    <message>
        <source>Cannot compute the metrics: no SQLite connection.</source>
        <translation>Impossible de calculer les indicateurs : pas de connexion SQLite.</translation>
    </message>
    <message>
        <source>Cannot compute the metrics: a second connection to the database could not be opened (%1).</source>
        <translation>Impossible de calculer les indicateurs : une seconde connexion à la base n&apos;a pas pu être ouverte (%1).</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters; Leadflow keeps no longer value, so that every export can be imported again.</source>
        <translation>%1 dépasse %2 caractères ; Leadflow ne conserve aucune valeur plus longue, afin que chaque exportation puisse être réimportée.</translation>
    </message>
    <message>
        <source>%1 cannot be marked won without a deal value; enter the value first.</source>
        <translation>%1 ne peut pas être marqué comme gagné sans montant ; saisissez d&apos;abord le montant.</translation>
    </message>
    <message>
        <source>Cannot read the overdue leads</source>
        <translation>Impossible de lire les prospects en retard</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2.</source>
        <translation>Impossible de créer la base de données %1 : %2.</translation>
    </message>
    <message>
        <source>%1: rows from id %2 on were unreadable</source>
        <translation>%1 : les lignes à partir de l&apos;id %2 étaient illisibles</translation>
    </message>
</context>
<context>
    <name>lf::AutomationLock</name>
    <message>
        <source>Cannot read who runs the automation</source>
        <translation>Impossible de lire qui exécute l&apos;automatisation</translation>
    </message>
    <message>
        <source>Cannot take the automation lease</source>
        <translation>Impossible d&apos;obtenir le verrou d&apos;automatisation</translation>
    </message>
    <message>
        <source>Cannot renew the automation lease</source>
        <translation>Impossible de renouveler le verrou d&apos;automatisation</translation>
    </message>
    <message>
        <source>Another runner took over the automation (this one was too slow or was thought gone); the rest of this pass is left to it.</source>
        <translation>Un autre processus a pris le relais de l&apos;automatisation (celui-ci était trop lent ou semblait arrêté)&#xa0;; il se charge du reste de ce passage.</translation>
    </message>
</context>
<context>
    <name>lf::AutomationPass</name>
    <message>
        <source>Leadflow automation</source>
        <translation>Automatisation Leadflow</translation>
    </message>
    <message>
        <source>Cannot read the recycled leads that are due</source>
        <translation>Impossible de lire les prospects recyclés arrivés à échéance</translation>
    </message>
    <message>
        <source>Cannot close the tasks of leads that moved on</source>
        <translation>Impossible de clore les tâches des prospects qui ont évolué</translation>
    </message>
    <message>
        <source>Cannot read the tasks that came due</source>
        <translation>Impossible de lire les tâches arrivées à échéance</translation>
    </message>
    <message>
        <source>Cannot log the automation pass</source>
        <translation>Impossible de journaliser le passage d&apos;automatisation</translation>
    </message>
    <message>
        <source>Cannot read the automation log</source>
        <translation>Impossible de lire le journal d&apos;automatisation</translation>
    </message>
    <message>
        <source>Cannot read the unassigned MQLs</source>
        <translation>Impossible de lire les MQL non attribués</translation>
    </message>
</context>
<context>
    <name>lf::AutomationReport</name>
    <message>
        <source>Another runner (%1) is doing the due work.</source>
        <translation>Un autre processus (%1) effectue les traitements échus.</translation>
    </message>
    <message>
        <source>follow-up work finished for %1</source>
        <translation>traitements complémentaires terminés pour %1</translation>
    </message>
    <message>
        <source>engagement decay brought up to date</source>
        <translation>atténuation de l&apos;engagement mise à jour</translation>
    </message>
    <message>
        <source>Nothing was due.</source>
        <translation>Rien n&apos;était à faire.</translation>
    </message>
</context>
<context>
    <name>lf::AutomationStatus</name>
    <message>
        <source>Due work: not run yet</source>
        <translation>Traitements échus&#xa0;: pas encore exécutés</translation>
    </message>
    <message>
        <source>Leadflow runs the due work (first-contact deadlines, score decay, nurture steps, reminders) every minute while it is open.</source>
        <translation>Leadflow effectue les traitements échus (échéances de premier contact, atténuation des scores, étapes de maturation, rappels) chaque minute tant qu&apos;il est ouvert.</translation>
    </message>
    <message>
        <source>Due work: done elsewhere (%1)</source>
        <translation>Traitements échus&#xa0;: effectués ailleurs (%1)</translation>
    </message>
    <message>
        <source>Due work done at %1</source>
        <translation>Traitements échus effectués à %1</translation>
    </message>
    <message>
        <source>Nothing due at %1</source>
        <translation>Rien à faire à %1</translation>
    </message>
    <message>
        <source>Last run at %1: %2
Leadflow runs the due work every minute while it is open.</source>
        <translation>Dernière exécution à %1&#xa0;: %2
Leadflow effectue les traitements échus chaque minute tant qu&apos;il est ouvert.</translation>
    </message>
    <message>
        <source>Due work failed at %1</source>
        <translation>Échec des traitements échus à %1</translation>
    </message>
    <message>
        <source>%1
It is tried again in a minute; nothing was lost.</source>
        <translation>%1
Nouvel essai dans une minute&#xa0;; rien n&apos;a été perdu.</translation>
    </message>
</context>
<context>
    <name>lf::Backtest</name>
    <message>
        <source>The period must have a start before its end.</source>
        <translation>La période doit avoir un début antérieur à sa fin.</translation>
    </message>
    <message>
        <source>The threshold must be at least 1.</source>
        <translation>Le seuil doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>Cannot read the leads of the period</source>
        <translation>Impossible de lire les prospects de la période</translation>
    </message>
    <message>
        <source>Cannot read the touchpoints of the period</source>
        <translation>Impossible de lire les points de contact de la période</translation>
    </message>
</context>
<context>
    <name>lf::BacktestResult</name>
    <message>
        <source>Threshold %1 on leads created %2 to %3 (end exclusive):</source>
        <translation>Seuil %1 sur les prospects créés du %2 au %3 (fin exclue) :</translation>
    </message>
    <message>
        <source>leads in the period:      %1</source>
        <translation>prospects de la période :     %1</translation>
    </message>
    <message>
        <source>would have become MQL:    %1 (won %2, lost %3, still open %4)</source>
        <translation>seraient devenus MQL :        %1 (gagnés %2, perdus %3, encore ouverts %4)</translation>
    </message>
    <message>
        <source>stayed below:             %1 (won %2, lost %3, still open %4)</source>
        <translation>restés en dessous :           %1 (gagnés %2, perdus %3, encore ouverts %4)</translation>
    </message>
    <message>
        <source>win rate of MQLs:         %1</source>
        <translation>taux de réussite des MQL :    %1</translation>
    </message>
    <message>
        <source>win rate of the rest:     %1</source>
        <translation>taux de réussite des autres : %1</translation>
    </message>
    <message>
        <source>wins the threshold caught: %1</source>
        <translation>gains captés par le seuil :   %1</translation>
    </message>
</context>
<context>
    <name>lf::BusinessCalendar</name>
    <message>
        <source>Cannot read the business calendar settings</source>
        <translation>Impossible de lire les paramètres du calendrier ouvré</translation>
    </message>
    <message>
        <source>that is not a time zone this system knows. Use an IANA name such as Europe/Berlin or America/New_York, or leave it empty for the system time zone.</source>
        <translation>ce n&apos;est pas un fuseau horaire connu de ce système. Utilisez un nom IANA comme Europe/Berlin ou America/New_York, ou laissez vide pour le fuseau horaire du système.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weekday number. List ISO weekdays separated by commas, 1 for Monday to 7 for Sunday, for example 1,2,3,4,5.</source>
        <translation>« %1 » n&apos;est pas un numéro de jour de semaine. Indiquez les jours ISO séparés par des virgules, de 1 pour lundi à 7 pour dimanche, par exemple 1,2,3,4,5.</translation>
    </message>
    <message>
        <source>write the opening and closing time as HH:mm-HH:mm, for example 09:00-17:00.</source>
        <translation>écrivez l&apos;heure d&apos;ouverture et de fermeture sous la forme HH:mm-HH:mm, par exemple 09:00-17:00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day. Write the opening and closing time as HH:mm-HH:mm, for example 09:00-17:00.</source>
        <translation>« %1 » n&apos;est pas une heure. Écrivez l&apos;heure d&apos;ouverture et de fermeture sous la forme HH:mm-HH:mm, par exemple 09:00-17:00.</translation>
    </message>
    <message>
        <source>the default deadline must be a number of business hours, for example 4 or 0.5.</source>
        <translation>l&apos;échéance par défaut doit être un nombre d&apos;heures ouvrées, par exemple 4 ou 0.5.</translation>
    </message>
    <message>
        <source>Choose at least one business day; without one no deadline could ever be reached.</source>
        <translation>Choisissez au moins un jour ouvré ; sans cela, aucune échéance ne pourrait jamais être atteinte.</translation>
    </message>
    <message>
        <source>%1 is not a weekday; use 1 for Monday to 7 for Sunday.</source>
        <translation>%1 n&apos;est pas un jour de semaine ; utilisez 1 pour lundi à 7 pour dimanche.</translation>
    </message>
    <message>
        <source>Opening and closing time must both be times of day between 00:00 and 23:59.</source>
        <translation>Les heures d&apos;ouverture et de fermeture doivent toutes deux être comprises entre 00:00 et 23:59.</translation>
    </message>
    <message>
        <source>Closing time (%2) must come after opening time (%1) on the same day; business hours across midnight are not supported.</source>
        <translation>L&apos;heure de fermeture (%2) doit être postérieure à l&apos;heure d&apos;ouverture (%1) le même jour ; les heures ouvrées au-delà de minuit ne sont pas prises en charge.</translation>
    </message>
    <message>
        <source>The default deadline must be more than 0 business hours, for example 4 or 0.5 (it is %1).</source>
        <translation>L&apos;échéance par défaut doit être supérieure à 0 heure ouvrée, par exemple 4 ou 0.5 (elle est de %1).</translation>
    </message>
    <message>
        <source>no holidays</source>
        <translation>aucun jour férié</translation>
    </message>
    <message>
        <source>1 holiday</source>
        <translation>1 jour férié</translation>
    </message>
    <message>
        <source>%n holidays</source>
        <translation>%n jours fériés</translation>
    </message>
    <message>
        <source>%1 %2-%3 %4, %5</source>
        <translation>%1 %2-%3 %4, %5</translation>
    </message>
    <message>
        <source>Choose a valid date for the holiday.</source>
        <translation>Choisissez une date valide pour le jour férié.</translation>
    </message>
    <message>
        <source>Cannot save the holiday on %1</source>
        <translation>Impossible d&apos;enregistrer le jour férié du %1</translation>
    </message>
    <message>
        <source>Choose a valid date for the holiday to remove.</source>
        <translation>Choisissez une date valide pour le jour férié à supprimer.</translation>
    </message>
    <message>
        <source>Cannot remove the holiday on %1</source>
        <translation>Impossible de supprimer le jour férié du %1</translation>
    </message>
    <message>
        <source>There is no holiday on %1; nothing was removed. List the holidays to see which days are set.</source>
        <translation>Il n&apos;y a pas de jour férié le %1 ; rien n&apos;a été supprimé. Listez les jours fériés pour voir quels jours sont définis.</translation>
    </message>
    <message>
        <source>Cannot read the holidays</source>
        <translation>Impossible de lire les jours fériés</translation>
    </message>
    <message>
        <source>The holidays table holds &quot;%1&quot;, which is not a date written as YYYY-MM-DD; correct or delete that row of the holidays table.</source>
        <translation>La table des jours fériés contient « %1 », qui n&apos;est pas une date au format YYYY-MM-DD ; corrigez ou supprimez cette ligne de la table des jours fériés.</translation>
    </message>
</context>
<context>
    <name>lf::CampaignImporter</name>
    <message>
        <source>The header row names &quot;%1&quot; twice (columns %2 and %3); rename one and import again. Nothing was imported.</source>
        <translation>La ligne d&apos;en-tête nomme « %1 » deux fois (colonnes %2 et %3) ; renommez-en une et importez à nouveau. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>The file has no column with campaign names (headed Campaign, Campaign Name or Name); nothing was imported.</source>
        <translation>Le fichier n&apos;a aucune colonne de noms de campagne (intitulée Campaign, Campaign Name ou Name) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L&apos;importation a été annulée ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file has a header row but no campaigns; nothing was imported.</source>
        <translation>Le fichier a une ligne d&apos;en-tête mais aucune campagne ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Cannot record the import</source>
        <translation>Impossible d&apos;enregistrer l&apos;importation</translation>
    </message>
    <message>
        <source>Cannot prepare the import</source>
        <translation>Impossible de préparer l&apos;importation</translation>
    </message>
    <message>
        <source>no campaign name</source>
        <translation>aucun nom de campagne</translation>
    </message>
    <message>
        <source>unreadable cost</source>
        <translation>coût illisible</translation>
    </message>
    <message>
        <source>negative cost</source>
        <translation>coût négatif</translation>
    </message>
    <message>
        <source>currency is not a three-letter code</source>
        <translation>la devise n&apos;est pas un code à trois lettres</translation>
    </message>
    <message>
        <source>Line %1 could not be saved</source>
        <translation>La ligne %1 n&apos;a pas pu être enregistrée</translation>
    </message>
</context>
<context>
    <name>lf::Condition</name>
    <message>
        <source>&quot;%1&quot; is not a lead field (see `leadflow-cli fields`).</source>
        <translation>« %1 » n&apos;est pas un champ de prospect (voir `leadflow-cli fields`).</translation>
    </message>
    <message>
        <source>The condition on %1 needs at least one value.</source>
        <translation>La condition sur %1 nécessite au moins une valeur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage.</source>
        <translation>« %1 » n&apos;est pas une étape.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country.</source>
        <translation>« %1 » n&apos;est pas un pays.</translation>
    </message>
    <message>
        <source>%1 is not a number field; compare it with &quot;in&quot; or &quot;matches&quot;.</source>
        <translation>%1 n&apos;est pas un champ numérique ; comparez-le avec « in » ou « matches ».</translation>
    </message>
    <message>
        <source>The condition on %1 needs a minimum or a maximum.</source>
        <translation>La condition sur %1 nécessite un minimum ou un maximum.</translation>
    </message>
    <message>
        <source>The condition on %1 has its minimum above its maximum.</source>
        <translation>La condition sur %1 a un minimum supérieur à son maximum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2.</source>
        <translation>« %1 » n&apos;est pas une expression régulière valide : %2.</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 est l&apos;un de %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 n&apos;est aucun de %2</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1 entre %2 et %3</translation>
    </message>
    <message>
        <source>%1 at least %2</source>
        <translation>%1 au moins %2</translation>
    </message>
    <message>
        <source>%1 at most %2</source>
        <translation>%1 au plus %2</translation>
    </message>
    <message>
        <source>%1 matches /%2/</source>
        <translation>%1 correspond à /%2/</translation>
    </message>
    <message>
        <source>%1 is given</source>
        <translation>%1 est renseigné</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operator; use in, not_in, range, at_least, matches, present or absent.</source>
        <translation>« %1 » n&apos;est pas un opérateur ; utilisez in, not_in, range, at_least, matches, present ou absent.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range such as 51..1000.</source>
        <translation>« %1 » n&apos;est pas une plage comme 51..1000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a condition; write e.g. &quot;country in DE,AT&quot;, &quot;score &gt;= 60&quot;, &quot;employee_count 51..1000&quot;, &quot;title ~ director&quot;, &quot;phone_e164 present&quot;.</source>
        <translation>« %1 » n&apos;est pas une condition ; écrivez par ex. « country in DE,AT », « score &gt;= 60 », « employee_count 51..1000 », « title ~ director », « phone_e164 present ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>« %1 » n&apos;est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>lf::ConflictDialog</name>
    <message>
        <source>Lead Changed Meanwhile — %1</source>
        <translation>Prospect modifié entre-temps — %1</translation>
    </message>
    <message>
        <source>&amp;Save with These Choices</source>
        <translation>&amp;Enregistrer avec ces choix</translation>
    </message>
    <message>
        <source>Keep All &amp;Mine</source>
        <translation>Garder tout le &amp;mien</translation>
    </message>
    <message>
        <source>Take All &amp;Theirs</source>
        <translation>Prendre tout le &amp;leur</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Enregistré entre-temps</translation>
    </message>
    <message>
        <source>You and someone else both changed %1.</source>
        <translation>Vous et quelqu&apos;un d&apos;autre avez tous deux modifié %1.</translation>
    </message>
    <message>
        <source>%1 (as you saw it)</source>
        <translation>%1 (tel que vous l&apos;avez vu)</translation>
    </message>
    <message>
        <source>Keep mine for %1</source>
        <translation>Garder le mien pour %1</translation>
    </message>
    <message>
        <source>Take theirs for %1</source>
        <translation>Prendre le leur pour %1</translation>
    </message>
    <message>
        <source>Someone else saved this lead while you were editing it, but not in the fields you changed. Save to apply your changes on top of theirs.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré ce prospect pendant que vous le modifiiez, mais pas dans les champs que vous avez changés. Enregistrez pour appliquer vos modifications par-dessus les siennes.</translation>
    </message>
    <message>
        <source>Someone else saved this lead while you were editing it. For each field below, pick the version to keep, then save.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré ce prospect pendant que vous le modifiiez. Pour chaque champ ci-dessous, choisissez la version à garder, puis enregistrez.</translation>
    </message>
    <message>
        <source>Your changes to %1 are saved as well.</source>
        <translation>Vos modifications de %1 sont également enregistrées.</translation>
    </message>
    <message>
        <source>The lead was changed again meanwhile. Check the fields and save again.</source>
        <translation>Le prospect a de nouveau été modifié entre-temps. Vérifiez les champs et enregistrez à nouveau.</translation>
    </message>
</context>
<context>
    <name>lf::DashboardPage</name>
    <message>
        <source>Unknown period.</source>
        <translation>Période inconnue.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>This month to date</source>
        <translation>Ce mois-ci à ce jour</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This quarter to date</source>
        <translation>Ce trimestre à ce jour</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Le trimestre dernier</translation>
    </message>
    <message>
        <source>This year to date</source>
        <translation>Cette année à ce jour</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>From (first day included)</source>
        <translation>Du (premier jour inclus)</translation>
    </message>
    <message>
        <source>To (last day included)</source>
        <translation>Au (dernier jour inclus)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Show the figures of a saved segment&apos;s leads only.</source>
        <translation>Afficher uniquement les chiffres des prospects d&apos;un segment enregistré.</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment :</translation>
    </message>
    <message>
        <source>Funnel:</source>
        <translation>Entonnoir :</translation>
    </message>
    <message>
        <source>C&amp;ohort</source>
        <translation>C&amp;ohorte</translation>
    </message>
    <message>
        <source>Cohort view</source>
        <translation>Vue par cohorte</translation>
    </message>
    <message>
        <source>Leads created in the period, however far they got.</source>
        <translation>Prospects créés dans la période, quelle que soit leur progression.</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <source>Activity view</source>
        <translation>Vue par activité</translation>
    </message>
    <message>
        <source>Stage entries that happened in the period, whoever made them.</source>
        <translation>Entrées d&apos;étape survenues dans la période, quel qu&apos;en soit l&apos;auteur.</translation>
    </message>
    <message>
        <source>Calculating</source>
        <translation>Calcul en cours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>Actualiser le tableau de bord</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Exporter le tableau de bord</translation>
    </message>
    <message>
        <source>As PNG &amp;image…</source>
        <translation>En &amp;image PNG…</translation>
    </message>
    <message>
        <source>As P&amp;DF document…</source>
        <translation>En document P&amp;DF…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Dashboard period</source>
        <translation>Période du tableau de bord</translation>
    </message>
    <message>
        <source>Lead conversion rate</source>
        <translation>Taux de conversion des prospects</translation>
    </message>
    <message>
        <source>Leads created in the period that reached opportunity.</source>
        <translation>Prospects créés dans la période qui ont atteint l&apos;opportunité.</translation>
    </message>
    <message>
        <source>MQL → SQL</source>
        <translation>MQL → SQL</translation>
    </message>
    <message>
        <source>Cohort: reached SQL of those that reached MQL.</source>
        <translation>Cohorte : ont atteint SQL parmi ceux qui ont atteint MQL.</translation>
    </message>
    <message>
        <source>SQL → won</source>
        <translation>SQL → gagné</translation>
    </message>
    <message>
        <source>Cohort: reached won of those that reached SQL.</source>
        <translation>Cohorte : ont atteint gagné parmi ceux qui ont atteint SQL.</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Won ÷ (won + lost), deals closed in the period.</source>
        <translation>Gagnés ÷ (gagnés + perdus), affaires conclues dans la période.</translation>
    </message>
    <message>
        <source>Lead velocity rate</source>
        <translation>Taux de vélocité des prospects</translation>
    </message>
    <message>
        <source>Growth of MQL entries in the period&apos;s last month over the month before.</source>
        <translation>Croissance des entrées MQL du dernier mois de la période par rapport au mois précédent.</translation>
    </message>
    <message>
        <source>Median sales cycle</source>
        <translation>Cycle de vente médian</translation>
    </message>
    <message>
        <source>Lead created → won, deals won in the period.</source>
        <translation>Prospect créé → gagné, affaires gagnées dans la période.</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Respect du SLA</translation>
    </message>
    <message>
        <source>Assignments made in the period: first contact in time ÷ (in time + late).</source>
        <translation>Attributions faites dans la période : premier contact à temps ÷ (à temps + en retard).</translation>
    </message>
    <message>
        <source>Median time to first contact</source>
        <translation>Délai médian jusqu&apos;au premier contact</translation>
    </message>
    <message>
        <source>Assignment → first contact, assignments made in the period.</source>
        <translation>Attribution → premier contact, attributions faites dans la période.</translation>
    </message>
    <message>
        <source>Pipeline value</source>
        <translation>Valeur du pipeline</translation>
    </message>
    <message>
        <source>Open SQLs and opportunities now.</source>
        <translation>SQL et opportunités ouverts actuellement.</translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation>Prévision pondérée</translation>
    </message>
    <message>
        <source>Open pipeline weighted by stage probability.</source>
        <translation>Pipeline ouvert pondéré par la probabilité de l&apos;étape.</translation>
    </message>
    <message>
        <source>Conversion and lead velocity by month</source>
        <translation>Conversion et vélocité des prospects par mois</translation>
    </message>
    <message>
        <source>Conversion and lead velocity trend</source>
        <translation>Tendance de conversion et de vélocité des prospects</translation>
    </message>
    <message>
        <source>Forecast by expected close month (weighted)</source>
        <translation>Prévision par mois de clôture prévu (pondérée)</translation>
    </message>
    <message>
        <source>Forecast by expected close month</source>
        <translation>Prévision par mois de clôture prévu</translation>
    </message>
    <message>
        <source>Campaigns: leads and cost per lead</source>
        <translation>Campagnes : prospects et coût par prospect</translation>
    </message>
    <message>
        <source>Leads by campaign</source>
        <translation>Prospects par campagne</translation>
    </message>
    <message>
        <source>Leads by source</source>
        <translation>Prospects par source</translation>
    </message>
    <message>
        <source>First-contact SLA by owner</source>
        <translation>SLA de premier contact par responsable</translation>
    </message>
    <message>
        <source>SLA compliance by owner</source>
        <translation>Respect du SLA par responsable</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Tous les prospects</translation>
    </message>
    <message>
        <source>The saved segments could not be read: %1</source>
        <translation>Les segments enregistrés n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation>Le tableau de bord n&apos;a pas pu être calculé : %1</translation>
    </message>
    <message>
        <source>%1 – %2 · %3 view</source>
        <translation>%1 – %2 · vue %3</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>cohorte</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activité</translation>
    </message>
    <message>
        <source>%1 · segment “%2”</source>
        <translation>%1 · segment « %2 »</translation>
    </message>
    <message>
        <source>Funnel: leads created in the period, by furthest stage</source>
        <translation>Entonnoir : prospects créés dans la période, par étape la plus avancée</translation>
    </message>
    <message>
        <source>Funnel: stage entries in the period</source>
        <translation>Entonnoir : entrées d&apos;étape dans la période</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 sur %2 %3</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>prospects</translation>
    </message>
    <message>
        <source>MQLs</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SQLs</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>%1 won, %2 lost</source>
        <translation>%1 gagnés, %2 perdus</translation>
    </message>
    <message>
        <source>MQLs in %1: %2 (month before: %3)</source>
        <translation>MQL en %1 : %2 (mois précédent : %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) won</source>
        <translation>
            <numerusform>%n affaire gagnée</numerusform>
            <numerusform>%n affaires gagnées</numerusform>
        </translation>
    </message>
    <message>
        <source>in time</source>
        <translation>à temps</translation>
    </message>
    <message>
        <source>median, assignment → contact</source>
        <translation>médiane, attribution → contact</translation>
    </message>
    <message>
        <source>open SQLs and opportunities</source>
        <translation>SQL et opportunités ouverts</translation>
    </message>
    <message>
        <source>by stage probability</source>
        <translation>par probabilité d&apos;étape</translation>
    </message>
    <message>
        <source>Lead conversion rate %</source>
        <translation>Taux de conversion des prospects %</translation>
    </message>
    <message>
        <source>Lead velocity rate %</source>
        <translation>Taux de vélocité des prospects %</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Vélocité</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>No leads in these months</source>
        <translation>Aucun prospect sur ces mois</translation>
    </message>
    <message>
        <source>Thousands</source>
        <translation>Milliers</translation>
    </message>
    <message>
        <source>%1 thousands</source>
        <translation>%1 milliers</translation>
    </message>
    <message numerus="yes">
        <source>Forecast by expected close month: %1 in %Ln deal(s)</source>
        <translation>
            <numerusform>Prévision par mois de clôture prévu : %1 sur %Ln affaire</numerusform>
            <numerusform>Prévision par mois de clôture prévu : %1 sur %Ln affaires</numerusform>
        </translation>
    </message>
    <message>
        <source>No open deals expected to close in these months</source>
        <translation>Aucune affaire ouverte dont la clôture est prévue sur ces mois</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue deal(s) counted in this month.</source>
        <translation>
            <numerusform>%Ln affaire en retard comptée dans ce mois.</numerusform>
            <numerusform>%Ln affaires en retard comptées dans ce mois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) with no close estimate left out.</source>
        <translation>
            <numerusform>%Ln affaire sans estimation de clôture exclue.</numerusform>
            <numerusform>%Ln affaires sans estimation de clôture exclues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) in another currency left out.</source>
        <translation>
            <numerusform>%Ln affaire dans une autre devise exclue.</numerusform>
            <numerusform>%Ln affaires dans une autre devise exclues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>%1 / lead</source>
        <translation>%1 / prospect</translation>
    </message>
    <message>
        <source>no leads</source>
        <translation>aucun prospect</translation>
    </message>
    <message>
        <source>no cost</source>
        <translation>aucun coût</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Leads created in the period</source>
        <translation>Prospects créés dans la période</translation>
    </message>
    <message>
        <source>No campaign leads in this period</source>
        <translation>Aucun prospect de campagne sur cette période</translation>
    </message>
    <message>
        <source>%1 · %2 converted</source>
        <translation>%1 · %2 convertis</translation>
    </message>
    <message>
        <source>No leads in this period</source>
        <translation>Aucun prospect sur cette période</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>À temps</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Assignments made in the period</source>
        <translation>Attributions faites dans la période</translation>
    </message>
    <message>
        <source>No assignments with an SLA in this period</source>
        <translation>Aucune attribution avec SLA sur cette période</translation>
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation>Impossible d&apos;écrire l&apos;image %1.</translation>
    </message>
    <message>
        <source>Leadflow dashboard: %1</source>
        <translation>Tableau de bord Leadflow : %1</translation>
    </message>
    <message>
        <source>Could not write the PDF %1.</source>
        <translation>Impossible d&apos;écrire le PDF %1.</translation>
    </message>
    <message>
        <source>Export dashboard as PNG</source>
        <translation>Exporter le tableau de bord en PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation>Exporter le tableau de bord</translation>
    </message>
    <message>
        <source>Export dashboard as PDF</source>
        <translation>Exporter le tableau de bord en PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>lf::Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>%1 is not a Leadflow database (it is not an SQLite file). The file was left unchanged.</source>
        <translation>%1 n&apos;est pas une base de données Leadflow (ce n&apos;est pas un fichier SQLite). Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Leadflow database. The file was left unchanged.</source>
        <translation>%1 est une base de données SQLite d&apos;un autre programme, pas une base de données Leadflow. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Leadflow (schema version %2; this version reads up to %3). Update Leadflow to open it. The file was left unchanged.</source>
        <translation>%1 a été écrit par une version plus récente de Leadflow (version de schéma %2 ; cette version lit jusqu&apos;à %3). Mettez Leadflow à jour pour l&apos;ouvrir. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The database was opened read-only.</source>
        <translation>La base de données a été ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Il n&apos;y a pas de base de données à %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation>Impossible de lire la version du schéma</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to schema version %2 but is read-only (%3)</source>
        <translation>%1 doit être mis à niveau vers la version de schéma %2 mais est en lecture seule (%3)</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed; nothing was changed: %2</source>
        <translation>La mise à niveau de la base de données vers la version de schéma %1 a échoué ; rien n&apos;a été modifié : %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1</source>
        <translation>Impossible d&apos;ouvrir la base de données %1</translation>
    </message>
    <message>
        <source>Cannot configure the database</source>
        <translation>Impossible de configurer la base de données</translation>
    </message>
    <message>
        <source>The database is read-only; nothing was changed. %1</source>
        <translation>La base de données est en lecture seule ; rien n&apos;a été modifié. %1</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Leadflow database.</source>
        <translation>%1 est un fichier vide, pas une base de données Leadflow.</translation>
    </message>
    <message>
        <source>%1 Leadflow writes its -wal and -shm files beside the database: make the folder writable, or copy the database to a writable folder.</source>
        <translation>%1 Leadflow écrit ses fichiers -wal et -shm à côté de la base de données : rendez le dossier accessible en écriture, ou copiez la base de données dans un dossier accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>lf::DatabaseHealth</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>Il n&apos;y a pas de base de données à %1.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>a row refers to a missing one: %1</source>
        <translation>une ligne fait référence à une ligne manquante&#xa0;: %1</translation>
    </message>
    <message>
        <source>the quick-search index: %1</source>
        <translation>l&apos;index de recherche rapide&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 exists; recovery writes a new file and replaces none.</source>
        <translation>%1 existe déjà&#xa0;; la récupération écrit un nouveau fichier et n&apos;en remplace aucun.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>%1: %2 rows of lost records left out</source>
        <translation>%1&#xa0;: %2 lignes d&apos;enregistrements perdus omises</translation>
    </message>
    <message>
        <source>Cannot rebuild the search index</source>
        <translation>Impossible de reconstruire l&apos;index de recherche</translation>
    </message>
    <message>
        <source>The recovered database %1 is not sound either: %2</source>
        <translation>La base de données récupérée %1 n&apos;est pas saine non plus&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2). Nothing was changed. `leadflow-cli check --db %1` lists the damage; `leadflow-cli recover --db %1 NEW-FILE` saves what can be read into a new database.</source>
        <translation>Le fichier de base de données %1 est endommagé (%2). Rien n&apos;a été modifié. `leadflow-cli check --db %1` liste les dommages&#xa0;; `leadflow-cli recover --db %1 NEW-FILE` enregistre ce qui peut être lu dans une nouvelle base de données.</translation>
    </message>
</context>
<context>
    <name>lf::FileGuard</name>
    <message>
        <source>%1 is a file of the open database %2; Leadflow does not read it as an input file.</source>
        <translation>%1 est un fichier de la base de données ouverte %2&#xa0;; Leadflow ne le lit pas comme fichier d&apos;entrée.</translation>
    </message>
    <message>
        <source>No file name was given to write to.</source>
        <translation>Aucun nom de fichier de destination n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name to write to.</source>
        <translation>%1 est un dossier&#xa0;; indiquez un nom de fichier de destination.</translation>
    </message>
    <message>
        <source>%1 is a file of the open database %2; writing there would destroy the database. Nothing was written: choose another file name.</source>
        <translation>%1 est un fichier de la base de données ouverte %2&#xa0;; y écrire détruirait la base de données. Rien n&apos;a été écrit&#xa0;: choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>%1 is the file being read; writing there would destroy it. Nothing was written: choose another file name.</source>
        <translation>%1 est le fichier en cours de lecture&#xa0;; y écrire le détruirait. Rien n&apos;a été écrit&#xa0;: choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>lf::FirstRunDialog</name>
    <message>
        <source>Welcome to Leadflow</source>
        <translation>Bienvenue dans Leadflow</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Leadflow&lt;/h3&gt;&lt;p&gt;Your lead database is empty. How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bienvenue dans Leadflow&lt;/h3&gt;&lt;p&gt;Votre base de prospects est vide. Comment souhaitez-vous commencer ?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Load sample leads</source>
        <translation>Charger des prospects d&apos;exemple</translation>
    </message>
    <message>
        <source>A realistic set of made-up leads, to look around and try things out. You can delete them later.</source>
        <translation>Un ensemble réaliste de prospects fictifs, pour explorer et faire des essais. Vous pourrez les supprimer plus tard.</translation>
    </message>
    <message>
        <source>The sample leads are not part of this build.</source>
        <translation>Les prospects d&apos;exemple ne font pas partie de cette version.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Commencer à vide</translation>
    </message>
    <message>
        <source>Add your own leads as they come in.</source>
        <translation>Ajoutez vos propres prospects au fur et à mesure.</translation>
    </message>
</context>
<context>
    <name>lf::FunnelChart</name>
    <message>
        <source>Sales funnel</source>
        <translation>Entonnoir de vente</translation>
    </message>
    <message>
        <source>Click a stage, or select it with the arrow keys and press Enter, to list its leads.</source>
        <translation>Cliquez sur une étape, ou sélectionnez-la avec les touches fléchées et appuyez sur Entrée, pour lister ses prospects.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>↓ %1 %</source>
        <extracomment>Conversion from the stage above, between two funnel bars; %1 is a percentage.</extracomment>
        <translation>↓ %1 %</translation>
    </message>
    <message>
        <source>↓ —</source>
        <translation>↓ —</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Current stage %1. %2</source>
        <translation>Étape actuelle %1. %2</translation>
    </message>
</context>
<context>
    <name>lf::ImportBatchModel</name>
    <message>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>lf::ImportPreviewModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejetée : %1</translation>
    </message>
    <message>
        <source>Flagged: %1</source>
        <translation>Signalée : %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>This row will not be imported: %1.</source>
        <translation>Cette ligne ne sera pas importée : %1.</translation>
    </message>
    <message>
        <source>This row will be imported and flagged: %1.</source>
        <translation>Cette ligne sera importée et signalée : %1.</translation>
    </message>
    <message>
        <source>This row will be imported as it is.</source>
        <translation>Cette ligne sera importée telle quelle.</translation>
    </message>
    <message>
        <source>%1; the row will not be imported: %2.</source>
        <translation>%1 ; la ligne ne sera pas importée : %2.</translation>
    </message>
    <message>
        <source>%1: the value is imported as written and the lead is flagged.</source>
        <translation>%1 : la valeur est importée telle qu&apos;écrite et le prospect est signalé.</translation>
    </message>
    <message>
        <source>%1: “%2” is kept as a custom field and the lead is flagged.</source>
        <translation>%1 : « %2 » est conservé comme champ personnalisé et le prospect est signalé.</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Ligne %1 du fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What the import will do with the row</source>
        <translation>Ce que l&apos;importation fera de la ligne</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nom complet</translation>
    </message>
    <message>
        <source>custom field</source>
        <translation>champ personnalisé</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The file&apos;s column “%1”, imported as %2</source>
        <translation>La colonne « %1 » du fichier, importée comme %2</translation>
    </message>
</context>
<context>
    <name>lf::ImportWizard</name>
    <message>
        <source>Import leads</source>
        <translation>Importer des prospects</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Pick the CSV file with the leads, as exported from a spreadsheet or another CRM. Nothing is imported until you press Import.</source>
        <translation>Choisissez le fichier CSV contenant les prospects, tel qu&apos;exporté depuis un tableur ou un autre CRM. Rien n&apos;est importé avant que vous n&apos;appuyiez sur Importer.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>Fichier CSV à importer</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Chemin d&apos;un fichier .csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for a CSV file</source>
        <translation>Rechercher un fichier CSV</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What Leadflow reads&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;A first row with column names (“Email”, “First Name”, “Firma”…): they are matched to lead fields in the next steps, and you can change every match.&lt;/li&gt;&lt;li&gt;Values separated by commas, semicolons, tabs or vertical bars, in UTF-8, UTF-16 or an older encoding such as Windows-1252; both are detected.&lt;/li&gt;&lt;li&gt;Exports of HubSpot, Salesforce, Zoho, Pipedrive, Google Contacts and Outlook, and spreadsheets saved as CSV.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Rows for leads you already have (same email) are found, and you choose what happens to them. An import can be undone afterwards.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ce que Leadflow lit&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Une première ligne avec les noms de colonnes (« Email », « First Name », « Firma »…) : ils sont associés aux champs de prospect dans les étapes suivantes, et vous pouvez modifier chaque association.&lt;/li&gt;&lt;li&gt;Des valeurs séparées par des virgules, des points-virgules, des tabulations ou des barres verticales, en UTF-8, UTF-16 ou un encodage plus ancien comme Windows-1252 ; les deux sont détectés.&lt;/li&gt;&lt;li&gt;Les exportations de HubSpot, Salesforce, Zoho, Pipedrive, Google Contacts et Outlook, ainsi que les feuilles de calcul enregistrées en CSV.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Les lignes de prospects que vous avez déjà (même e-mail) sont repérées, et vous choisissez ce qu&apos;il en advient. Une importation peut être annulée par la suite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The database is open read-only, so nothing can be imported into it. %1</source>
        <translation>La base de données est ouverte en lecture seule, rien ne peut donc y être importé. %1</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>Il n&apos;y a aucun fichier à cet emplacement.</translation>
    </message>
    <message>
        <source>This is not a file Leadflow can read.</source>
        <translation>Ce n&apos;est pas un fichier que Leadflow peut lire.</translation>
    </message>
    <message>
        <source>%1, %2, changed %3</source>
        <translation>%1, %2, modifié le %3</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé : %1</translation>
    </message>
    <message>
        <source>Encoding and delimiter</source>
        <translation>Encodage et délimiteur</translation>
    </message>
    <message>
        <source>Leadflow guessed how the file is written. If names show odd characters or the columns do not split right, choose another encoding or delimiter.</source>
        <translation>Leadflow a deviné comment le fichier est écrit. Si les noms affichent des caractères étranges ou si les colonnes ne sont pas bien séparées, choisissez un autre encodage ou délimiteur.</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Délimiteur</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Délimiteur :</translation>
    </message>
    <message>
        <source>The first lines of the &amp;file:</source>
        <translation>Les premières lignes du &amp;fichier :</translation>
    </message>
    <message>
        <source>The first lines of the file</source>
        <translation>Les premières lignes du fichier</translation>
    </message>
    <message>
        <source>Read as a &amp;table:</source>
        <translation>Lu comme un &amp;tableau :</translation>
    </message>
    <message>
        <source>The first records read as a table</source>
        <translation>Les premiers enregistrements lus comme un tableau</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (détecté)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>The file cannot be read this way: %1</source>
        <translation>Le fichier ne peut pas être lu de cette manière : %1</translation>
    </message>
    <message>
        <source>Only one column was found: if the table above shows whole lines, choose another delimiter.</source>
        <translation>Une seule colonne a été trouvée : si le tableau ci-dessus affiche des lignes entières, choisissez un autre délimiteur.</translation>
    </message>
    <message>
        <source>Columns found in the header row: %1.</source>
        <translation>Colonnes trouvées dans la ligne d&apos;en-tête : %1.</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Choose what each column of the file becomes in a lead. The choices are suggested from the column names; columns no field takes are kept as custom fields.</source>
        <translation>Choisissez ce que devient chaque colonne du fichier dans un prospect. Les choix sont suggérés d&apos;après les noms de colonnes ; les colonnes qu&apos;aucun champ ne reprend sont conservées comme champs personnalisés.</translation>
    </message>
    <message>
        <source>Mapping &amp;profile:</source>
        <translation>&amp;Profil de correspondance :</translation>
    </message>
    <message>
        <source>Mapping profile name</source>
        <translation>Nom du profil de correspondance</translation>
    </message>
    <message>
        <source>Name of a profile</source>
        <translation>Nom d&apos;un profil</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Charger</translation>
    </message>
    <message>
        <source>Load the mapping profile</source>
        <translation>Charger le profil de correspondance</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the mapping as a profile</source>
        <translation>Enregistrer la correspondance comme profil</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>Loaded the profile “%1”.</source>
        <translation>Profil « %1 » chargé.</translation>
    </message>
    <message>
        <source>Saved the profile “%1”.</source>
        <translation>Profil « %1 » enregistré.</translation>
    </message>
    <message>
        <source>(keep as custom field)</source>
        <translation>(conserver comme champ personnalisé)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Nom complet (séparé en prénom et nom)</translation>
    </message>
    <message>
        <source>Import the column “%1” as</source>
        <translation>Importer la colonne « %1 » comme</translation>
    </message>
    <message>
        <source>%1 is chosen for more than one column (%2): choose it for one.</source>
        <translation>%1 est choisi pour plusieurs colonnes (%2) : choisissez-le pour une seule.</translation>
    </message>
    <message>
        <source>No column gives a name, company, email or phone: every row would be rejected.</source>
        <translation>Aucune colonne ne fournit de nom, d&apos;entreprise, d&apos;e-mail ou de téléphone : chaque ligne serait rejetée.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The first rows as they will be imported. Values in red cannot be read as their field; point at one to see why.</source>
        <translation>Les premières lignes telles qu&apos;elles seront importées. Les valeurs en rouge ne peuvent pas être lues pour leur champ ; pointez-en une pour savoir pourquoi.</translation>
    </message>
    <message>
        <source>Show &amp;only rows with problems</source>
        <translation>Afficher &amp;uniquement les lignes avec problèmes</translation>
    </message>
    <message>
        <source>Preview of the rows to import</source>
        <translation>Aperçu des lignes à importer</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Le fichier ne peut pas être importé : %1</translation>
    </message>
    <message>
        <source>The first %1 rows of the file.</source>
        <translation>Les %1 premières lignes du fichier.</translation>
    </message>
    <message>
        <source>All rows of the file: %1.</source>
        <translation>Toutes les lignes du fichier : %1.</translation>
    </message>
    <message>
        <source>Every row reads well.</source>
        <translation>Toutes les lignes sont lisibles.</translation>
    </message>
    <message>
        <source>Rows with a problem: %1, of which %2 will be rejected.</source>
        <translation>Lignes avec un problème : %1, dont %2 seront rejetées.</translation>
    </message>
    <message>
        <source>Check the import</source>
        <translation>Vérifier l&apos;importation</translation>
    </message>
    <message>
        <source>Choose what happens to rows for leads you already have. Leadflow runs the whole import and undoes it, to count what it will do.</source>
        <translation>Choisissez ce qu&apos;il advient des lignes de prospects que vous avez déjà. Leadflow exécute toute l&apos;importation puis l&apos;annule, pour compter ce qu&apos;elle fera.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>When a lead already exists</source>
        <translation>Lorsqu&apos;un prospect existe déjà</translation>
    </message>
    <message>
        <source>Skip the row and keep the lead as it is</source>
        <translation>Ignorer la ligne et garder le prospect tel quel</translation>
    </message>
    <message>
        <source>Update the lead with the row&apos;s values</source>
        <translation>Mettre à jour le prospect avec les valeurs de la ligne</translation>
    </message>
    <message>
        <source>Fill only the lead&apos;s empty fields</source>
        <translation>Remplir uniquement les champs vides du prospect</translation>
    </message>
    <message>
        <source>Create another lead anyway</source>
        <translation>Créer quand même un autre prospect</translation>
    </message>
    <message>
        <source>When a lead &amp;already exists:</source>
        <translation>Lorsqu&apos;un prospect existe &amp;déjà :</translation>
    </message>
    <message>
        <source>Same &amp;phone number means the same lead</source>
        <translation>Un même numéro de &amp;téléphone désigne le même prospect</translation>
    </message>
    <message>
        <source>Same &amp;name and company mean the same lead</source>
        <translation>Un même &amp;nom et une même entreprise désignent le même prospect</translation>
    </message>
    <message>
        <source>A lead with the same email is always the same lead.</source>
        <translation>Un prospect avec le même e-mail est toujours le même prospect.</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Doublons :</translation>
    </message>
    <message>
        <source>Checking the import</source>
        <translation>Vérification de l&apos;importation</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Ce que l&apos;importation fera</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>New leads to create</source>
        <translation>Nouveaux prospects à créer</translation>
    </message>
    <message>
        <source>New leads created</source>
        <translation>Nouveaux prospects créés</translation>
    </message>
    <message>
        <source>Existing leads to update</source>
        <translation>Prospects existants à mettre à jour</translation>
    </message>
    <message>
        <source>Existing leads updated</source>
        <translation>Prospects existants mis à jour</translation>
    </message>
    <message>
        <source>Skipped as duplicates</source>
        <translation>Ignorées comme doublons</translation>
    </message>
    <message>
        <source>Rows to reject</source>
        <translation>Lignes à rejeter</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Leads to flag for a look</source>
        <translation>Prospects à signaler pour vérification</translation>
    </message>
    <message>
        <source>Leads flagged for a look</source>
        <translation>Prospects signalés pour vérification</translation>
    </message>
    <message>
        <source>Why rows will be rejected:</source>
        <translation>Pourquoi des lignes seront rejetées :</translation>
    </message>
    <message>
        <source>Why rows were rejected:</source>
        <translation>Pourquoi des lignes ont été rejetées :</translation>
    </message>
    <message>
        <source>Why leads will be flagged:</source>
        <translation>Pourquoi des prospects seront signalés :</translation>
    </message>
    <message>
        <source>Why leads were flagged:</source>
        <translation>Pourquoi des prospects ont été signalés :</translation>
    </message>
    <message>
        <source>Counting what the import will do…</source>
        <translation>Calcul de ce que fera l&apos;importation…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>If you import now:</source>
        <translation>Si vous importez maintenant :</translation>
    </message>
    <message>
        <source>Nothing would be imported: no row makes a new lead or changes one.</source>
        <translation>Rien ne serait importé : aucune ligne ne crée ni ne modifie de prospect.</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>L&apos;importation est terminée.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L&apos;importation a été annulée ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The import failed; nothing was imported. %1</source>
        <translation>L&apos;importation a échoué ; rien n&apos;a été importé. %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>The leads are written in one go: if you cancel, nothing is imported.</source>
        <translation>Les prospects sont écrits en une seule fois : si vous annulez, rien n&apos;est importé.</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>État de l&apos;importation</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>What the import did. Until its leads are changed, it can be undone here or later on the Imports page.</source>
        <translation>Ce que l&apos;importation a fait. Tant que ses prospects ne sont pas modifiés, elle peut être annulée ici ou plus tard dans la page Importations.</translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation>Ce que l&apos;importation a fait</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Enregistrer les lignes rejetées…</translation>
    </message>
    <message>
        <source>Save the rejected rows as a CSV file</source>
        <translation>Enregistrer les lignes rejetées dans un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Annuler cette importation</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Annuler cette importation</translation>
    </message>
    <message>
        <source>%1 rejected.csv</source>
        <translation>%1 rejetées.csv</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The rejected rows were saved to %1.</source>
        <translation>Les lignes rejetées ont été enregistrées dans %1.</translation>
    </message>
    <message>
        <source>%1 was imported.</source>
        <translation>%1 a été importé.</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Aucune ligne n&apos;a été rejetée.</translation>
    </message>
    <message>
        <source>The rejected rows with a column that says why, to fix and import again.</source>
        <translation>Les lignes rejetées, avec une colonne indiquant pourquoi, à corriger et importer à nouveau.</translation>
    </message>
    <message>
        <source>The import rejected no rows.</source>
        <translation>L&apos;importation n&apos;a rejeté aucune ligne.</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Il n&apos;y a aucune importation à annuler.</translation>
    </message>
    <message>
        <source>Remove the leads this import created (%1) and restore the leads it updated (%2)?</source>
        <translation>Supprimer les prospects créés par cette importation (%1) et restaurer ceux qu&apos;elle a mis à jour (%2) ?</translation>
    </message>
    <message>
        <source>Remove the leads this import created (%1)?</source>
        <translation>Supprimer les prospects créés par cette importation (%1) ?</translation>
    </message>
    <message>
        <source>The import was not undone.</source>
        <translation>L&apos;importation n&apos;a pas été annulée.</translation>
    </message>
    <message>
        <source>The import was undone. Leads removed or restored: %1.</source>
        <translation>L&apos;importation a été annulée. Prospects supprimés ou restaurés : %1.</translation>
    </message>
    <message>
        <source>The rejected rows cannot be read: %1</source>
        <translation>Les lignes rejetées ne peuvent pas être lues : %1</translation>
    </message>
</context>
<context>
    <name>lf::ImportsPage</name>
    <message>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import leads from a CSV file</source>
        <translation>Importer des prospects depuis un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>&amp;Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Undo the selected import</source>
        <translation>Annuler l&apos;importation sélectionnée</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>Importations passées</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>La base de données est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>The imports cannot be read: %1</source>
        <translation>Les importations ne peuvent pas être lues : %1</translation>
    </message>
    <message>
        <source>No imports yet. Choose Import… to bring in leads from a CSV file exported from a spreadsheet or another CRM.</source>
        <translation>Aucune importation pour l&apos;instant. Choisissez Importer… pour ajouter des prospects depuis un fichier CSV exporté d&apos;un tableur ou d&apos;un autre CRM.</translation>
    </message>
    <message>
        <source>Imports so far: %1. An import can be undone as long as the leads it updated were not changed since.</source>
        <translation>Importations à ce jour : %1. Une importation peut être annulée tant que les prospects qu&apos;elle a mis à jour n&apos;ont pas été modifiés depuis.</translation>
    </message>
    <message>
        <source>Select an import to undo.</source>
        <translation>Sélectionnez une importation à annuler.</translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation>Cette importation a déjà été annulée.</translation>
    </message>
    <message>
        <source>Undo the import of %1? What it added is removed.</source>
        <translation>Annuler l&apos;importation de %1 ? Ce qu&apos;elle a ajouté sera supprimé.</translation>
    </message>
    <message>
        <source>Undo the import of %1? The %2 leads it created are removed and the %3 it updated get their earlier values back.</source>
        <translation>Annuler l&apos;importation de %1 ? Les %2 prospects qu&apos;elle a créés seront supprimés et les %3 qu&apos;elle a mis à jour retrouveront leurs valeurs précédentes.</translation>
    </message>
    <message>
        <source>Undo the import of %1? The %2 leads it created are removed.</source>
        <translation>Annuler l&apos;importation de %1 ? Les %2 prospects qu&apos;elle a créés seront supprimés.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>The import was not undone.</source>
        <translation>L&apos;importation n&apos;a pas été annulée.</translation>
    </message>
</context>
<context>
    <name>lf::Labels</name>
    <message>
        <source>(no source)</source>
        <translation>(aucune source)</translation>
    </message>
    <message>
        <source>(no campaign)</source>
        <translation>(aucune campagne)</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(non attribué)</translation>
    </message>
</context>
<context>
    <name>lf::LeadActions</name>
    <message>
        <source>This database is open read-only: leads can be looked at but not changed.</source>
        <translation>Cette base de données est ouverte en lecture seule : les prospects peuvent être consultés mais pas modifiés.</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>annuler</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>rétablir</translation>
    </message>
    <message>
        <source>Could not %1 “%2”: %3</source>
        <translation>Échec de « %1 » sur « %2 » : %3</translation>
    </message>
    <message>
        <source>%1 was changed since (by someone else or another window).</source>
        <translation>%1 a été modifié depuis (par quelqu&apos;un d&apos;autre ou dans une autre fenêtre).</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Why is this lead %1?</source>
        <translation>Pourquoi ce prospect est-il %1 ?</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n leads %1?</source>
        <translation>
            <numerusform>Pourquoi ce prospect (%n) est-il %1 ?</numerusform>
            <numerusform>Pourquoi ces %n prospects sont-ils %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Passer à %1</translation>
    </message>
    <message>
        <source>The move was cancelled.</source>
        <translation>Le déplacement a été annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) could not be moved.</source>
        <translation>
            <numerusform>%n prospect n&apos;a pas pu être déplacé.</numerusform>
            <numerusform>%n prospects n&apos;ont pas pu être déplacés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Passer %1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n leads to %1</source>
        <translation>
            <numerusform>Passer %n prospect à %1</numerusform>
            <numerusform>Passer %n prospects à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <source>Choose whom to give the leads to.</source>
        <translation>Choisissez à qui confier les prospects.</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n lead(s)</source>
        <translation>
            <numerusform>Attribuer %n prospect</numerusform>
            <numerusform>Attribuer %n prospects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n lead(s)</source>
        <translation>
            <numerusform>Supprimer %n prospect</numerusform>
            <numerusform>Supprimer %n prospects</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Mark as Won</source>
        <translation>Marquer comme gagné</translation>
    </message>
    <message>
        <source>A won deal needs its value. What is %1&apos;s deal worth?</source>
        <translation>Une affaire gagnée doit avoir un montant. Quel est le montant de l&apos;affaire de %1 ?</translation>
    </message>
    <message>
        <source>A won deal needs its value. What is %1&apos;s deal worth (%2)?</source>
        <translation>Une affaire gagnée doit avoir un montant. Quel est le montant de l&apos;affaire de %1 (%2) ?</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) could not be accepted.</source>
        <translation>
            <numerusform>%n prospect n&apos;a pas pu être accepté.</numerusform>
            <numerusform>%n prospects n&apos;ont pas pu être acceptés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rejection was cancelled.</source>
        <translation>Le rejet a été annulé.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>The recycle was cancelled.</source>
        <translation>Le recyclage a été annulé.</translation>
    </message>
    <message>
        <source>Recycle</source>
        <translation>Recycler</translation>
    </message>
</context>
<context>
    <name>lf::LeadDetail</name>
    <message>
        <source>Lead detail</source>
        <translation>Détail du prospect</translation>
    </message>
    <message>
        <source>Select a lead to see its details, activity and score.</source>
        <translation>Sélectionnez un prospect pour voir ses détails, son activité et son score.</translation>
    </message>
    <message>
        <source>Lead sections</source>
        <translation>Sections du prospect</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>Acti&amp;vité</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Save Lead</source>
        <translation>Enregistrer le prospect</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Passer à :</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Passer à %1</translation>
    </message>
    <message>
        <source>Move the lead to %1 (asks why)</source>
        <translation>Passer le prospect à %1 (demande le motif)</translation>
    </message>
    <message>
        <source>Move the lead to %1</source>
        <translation>Passer le prospect à %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nom@entreprise.com</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>+1 415 555 0123</source>
        <translation>+33 1 23 45 67 89</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>Ent&amp;reprise :</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <source>company.com</source>
        <translation>entreprise.com</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Secteur d&apos;activité :</translation>
    </message>
    <message>
        <source>E&amp;mployees:</source>
        <translation>E&amp;mployés :</translation>
    </message>
    <message>
        <source>e.g. 51-200</source>
        <translation>ex. 51-200</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>e.g. Germany or DE</source>
        <translation>ex. Allemagne ou DE</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Sour&amp;ce :</translation>
    </message>
    <message>
        <source>e.g. Referral, Webinar</source>
        <translation>ex. Recommandation, Webinaire</translation>
    </message>
    <message>
        <source>Qualification (BANT)</source>
        <translation>Qualification (BANT)</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget :</translation>
    </message>
    <message>
        <source>e.g. 25,000.00</source>
        <translation>ex. 25 000,00</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>A&amp;utorité :</translation>
    </message>
    <message>
        <source>who decides, e.g. CFO signs</source>
        <translation>qui décide, ex. le DAF signe</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>Beso&amp;in :</translation>
    </message>
    <message>
        <source>the problem to solve</source>
        <translation>le problème à résoudre</translation>
    </message>
    <message>
        <source>&amp;Timeline:</source>
        <translation>Éc&amp;héance :</translation>
    </message>
    <message>
        <source>e.g. buying in Q3</source>
        <translation>ex. achat au T3</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Throw away the changes not saved yet</source>
        <translation>Abandonner les modifications non encore enregistrées</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Log Ca&amp;ll…</source>
        <translation>Consigner un &amp;appel…</translation>
    </message>
    <message>
        <source>Log E&amp;mail…</source>
        <translation>Consigner un e-&amp;mail…</translation>
    </message>
    <message>
        <source>Log Mee&amp;ting…</source>
        <translation>Consigner une &amp;réunion…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>Activity timeline, newest first</source>
        <translation>Historique des activités, le plus récent en premier</translation>
    </message>
    <message>
        <source>Scoring rules that apply to this lead</source>
        <translation>Règles de score qui s&apos;appliquent à ce prospect</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Owners over time, newest first:</source>
        <translation>Responsables au fil du temps, le plus récent en premier :</translation>
    </message>
    <message>
        <source>Assignment history</source>
        <translation>Historique des attributions</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Other leads of the same company</source>
        <translation>Autres prospects de la même entreprise</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a lead</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir un prospect</translation>
    </message>
    <message>
        <source>Lead %1 was deleted.</source>
        <translation>Le prospect %1 a été supprimé.</translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were editing. Save to compare the versions field by field, or Revert to take theirs.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié %1 pendant que vous le modifiiez. Enregistrez pour comparer les versions champ par champ, ou choisissez Abandonner pour prendre la leur.</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Prospect %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Étape : %1</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Aucun responsable</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <source>Owner: user %1</source>
        <translation>Responsable : utilisateur %1</translation>
    </message>
    <message>
        <source>The score cannot be explained: %1</source>
        <translation>Le score ne peut pas être expliqué : %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <source>Score %1, grade %2</source>
        <translation>Score %1, note %2</translation>
    </message>
    <message>
        <source>Score %1 = fit %2 + engagement %3 · grade %4</source>
        <translation>Score %1 = adéquation %2 + engagement %3 · note %4</translation>
    </message>
    <message>
        <source>Fit: the lead&apos;s fields</source>
        <translation>Adéquation : les champs du prospect</translation>
    </message>
    <message>
        <source>what the lead is</source>
        <translation>ce qu&apos;est le prospect</translation>
    </message>
    <message>
        <source>Engagement: its activity</source>
        <translation>Engagement : son activité</translation>
    </message>
    <message>
        <source>what the lead did</source>
        <translation>ce qu&apos;a fait le prospect</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s), %1 points</source>
        <translation>
            <numerusform>%n point de contact, %1 points</numerusform>
            <numerusform>%n points de contact, %1 points</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 after decay (half-life %2 days)</source>
        <translation>%1 après atténuation (demi-vie de %2 jours)</translation>
    </message>
    <message>
        <source>capped at %1</source>
        <translation>plafonné à %1</translation>
    </message>
    <message>
        <source>No fit rule applies</source>
        <translation>Aucune règle d&apos;adéquation ne s&apos;applique</translation>
    </message>
    <message>
        <source>No engagement rule applies</source>
        <translation>Aucune règle d&apos;engagement ne s&apos;applique</translation>
    </message>
    <message>
        <source>Decay took %1 points away: activity counts less as it ages.</source>
        <translation>L&apos;atténuation a retiré %1 points : l&apos;activité compte moins en vieillissant.</translation>
    </message>
    <message>
        <source>Caps held back %1 points.</source>
        <translation>Les plafonds ont retenu %1 points.</translation>
    </message>
    <message>
        <source>Engagement of %1 is held to the 0–100 range.</source>
        <translation>L&apos;engagement de %1 est ramené dans la plage 0–100.</translation>
    </message>
    <message>
        <source>The grade comes from fit (A from %1, B from %2, C from %3); a lead becomes MQL at a score of %4.</source>
        <translation>La note découle de l&apos;adéquation (A à partir de %1, B à partir de %2, C à partir de %3) ; un prospect devient MQL à partir d&apos;un score de %4.</translation>
    </message>
    <message>
        <source>Predicted chance to win: not available (the history could not be read).</source>
        <translation>Probabilité de gain prévue : non disponible (l&apos;historique n&apos;a pas pu être lu).</translation>
    </message>
    <message>
        <source>Predicted chance to win: %1% (won leads so far: %2% of those closed), judged from leads won and lost before with the same industry, country, source, size and title.</source>
        <translation>Probabilité de gain prévue : %1 % (prospects gagnés jusqu&apos;ici : %2 % des clos), estimée d&apos;après les prospects gagnés et perdus auparavant avec le même secteur, pays, source, taille et fonction.</translation>
    </message>
    <message>
        <source>Predicted chance to win: not available. %1</source>
        <translation>Probabilité de gain prévue : non disponible. %1</translation>
    </message>
    <message>
        <source>Others at %1:</source>
        <translation>Autres chez %1 :</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Rejected %1: %2</source>
        <translation>Refusé le %1 : %2</translation>
    </message>
    <message>
        <source>Accepted %1</source>
        <translation>Accepté le %1</translation>
    </message>
    <message>
        <source>Contacted %1</source>
        <translation>Contacté le %1</translation>
    </message>
    <message>
        <source>First contact overdue since %1</source>
        <translation>Premier contact en retard depuis le %1</translation>
    </message>
    <message>
        <source>First contact due %1</source>
        <translation>Premier contact attendu le %1</translation>
    </message>
    <message>
        <source>%1, rule “%2”</source>
        <translation>%1, règle « %2 »</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Never assigned</source>
        <translation>Jamais attribué</translation>
    </message>
    <message>
        <source>A lead needs at least a name, a company, an email address or a phone number.</source>
        <translation>Un prospect doit avoir au moins un nom, une entreprise, une adresse e-mail ou un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sales:</source>
        <translation>Ventes :</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>The owner takes the lead on: it becomes SQL</source>
        <translation>Le responsable prend en charge le prospect : il devient SQL</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <source>Hand the lead back with a reason</source>
        <translation>Rendre le prospect en indiquant un motif</translation>
    </message>
    <message>
        <source>Recycle…</source>
        <translation>Recycler…</translation>
    </message>
    <message>
        <source>Back to marketing for nurturing, with a date to look again</source>
        <translation>Retour au marketing pour maturation, avec une date pour le revoir</translation>
    </message>
</context>
<context>
    <name>lf::LeadDialog</name>
    <message>
        <source>A lead needs at least a name, a company, an email address or a phone number.</source>
        <translation>Un prospect doit avoir au moins un nom, une entreprise, une adresse e-mail ou un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nom@entreprise.com</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>+1 415 555 0123</source>
        <translation>+33 1 23 45 67 89</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>Ent&amp;reprise :</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <source>company.com</source>
        <translation>entreprise.com</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Secteur d&apos;activité :</translation>
    </message>
    <message>
        <source>E&amp;mployees:</source>
        <translation>E&amp;mployés :</translation>
    </message>
    <message>
        <source>e.g. 51-200</source>
        <translation>ex. 51-200</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>e.g. Germany or DE</source>
        <translation>ex. Allemagne ou DE</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>Ét&amp;ape :</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Sour&amp;ce :</translation>
    </message>
    <message>
        <source>e.g. Referral, Webinar, Trade show</source>
        <translation>ex. Recommandation, Webinaire, Salon</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>Qualification (BANT)</source>
        <translation>Qualification (BANT)</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget :</translation>
    </message>
    <message>
        <source>e.g. 25,000.00</source>
        <translation>ex. 25 000,00</translation>
    </message>
    <message>
        <source>Aut&amp;hority:</source>
        <translation>A&amp;utorité :</translation>
    </message>
    <message>
        <source>who decides, e.g. CFO signs</source>
        <translation>qui décide, ex. le DAF signe</translation>
    </message>
    <message>
        <source>Nee&amp;d:</source>
        <translation>Beso&amp;in :</translation>
    </message>
    <message>
        <source>the problem to solve</source>
        <translation>le problème à résoudre</translation>
    </message>
    <message>
        <source>&amp;Timeline:</source>
        <translation>Éc&amp;héance :</translation>
    </message>
    <message>
        <source>e.g. buying in Q3</source>
        <translation>ex. achat au T3</translation>
    </message>
    <message>
        <source>Lead — %1</source>
        <translation>Prospect — %1</translation>
    </message>
    <message>
        <source>New Lead</source>
        <translation>Nouveau prospect</translation>
    </message>
    <message>
        <source>Edit Lead — %1</source>
        <translation>Modifier le prospect — %1</translation>
    </message>
    <message>
        <source>&amp;Add Lead</source>
        <translation>&amp;Ajouter le prospect</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>This does not look like an email address (name@company.com).</source>
        <translation>Cela ne ressemble pas à une adresse e-mail (nom@entreprise.com).</translation>
    </message>
    <message>
        <source>“%1” is not a country Leadflow knows; write its name or its ISO code (e.g. DE).</source>
        <translation>« %1 » n&apos;est pas un pays connu de Leadflow ; écrivez son nom ou son code ISO (ex. DE).</translation>
    </message>
    <message>
        <source>Lead Changed Meanwhile</source>
        <translation>Prospect modifié entre-temps</translation>
    </message>
    <message>
        <source>Someone else changed this lead while you were editing it, so your changes were not saved.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce prospect pendant que vous le modifiiez ; vos modifications n&apos;ont donc pas été enregistrées.</translation>
    </message>
    <message>
        <source>Reload the lead to see its latest version; your changes to the form are kept where they do not clash.</source>
        <translation>Rechargez le prospect pour voir sa dernière version ; vos modifications du formulaire sont conservées là où elles n&apos;entrent pas en conflit.</translation>
    </message>
    <message>
        <source>Changed meanwhile: %1.

Reload to take their version of these fields. Your changes to the other fields are kept; then review and save again.</source>
        <translation>Modifié entre-temps : %1.

Rechargez pour reprendre leur version de ces champs. Vos modifications des autres champs sont conservées ; vérifiez ensuite et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>This lead was deleted meanwhile; it can no longer be saved.</source>
        <translation>Ce prospect a été supprimé entre-temps ; il ne peut plus être enregistré.</translation>
    </message>
</context>
<context>
    <name>lf::LeadExporter</name>
    <message>
        <source>The delimiter must be one ASCII character other than a quote or a line break.</source>
        <translation>Le délimiteur doit être un seul caractère ASCII autre qu&apos;un guillemet ou un saut de ligne.</translation>
    </message>
    <message>
        <source>Exports need the SQLite driver.</source>
        <translation>Les exportations nécessitent le pilote SQLite.</translation>
    </message>
    <message>
        <source>Cannot read the leads: %1</source>
        <translation>Impossible de lire les prospects : %1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;exportation a été annulée ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Reading the leads failed: %1</source>
        <translation>La lecture des prospects a échoué : %1</translation>
    </message>
</context>
<context>
    <name>lf::LeadFilterBar</name>
    <message>
        <source>Search names, companies and emails</source>
        <translation>Rechercher des noms, entreprises et e-mails</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Rechercher des prospects</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>&amp;Enregistrer la vue…</translation>
    </message>
    <message>
        <source>Keep the current filters under a name</source>
        <translation>Conserver les filtres actuels sous un nom</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Filtre d&apos;étape</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtre de responsable</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Toute source</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtre de source</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Score minimal</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Score maximal</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Sans note</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Grade filter</source>
        <translation>Filtre de note</translation>
    </message>
    <message>
        <source>First contact SLA filter</source>
        <translation>Filtre de SLA de premier contact</translation>
    </message>
    <message>
        <source>Any SLA</source>
        <translation>Tout SLA</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Attendu aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Sans SLA</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>E&amp;ffacer les filtres</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vue :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>So&amp;urce :</translation>
    </message>
    <message>
        <source>Sc&amp;ore:</source>
        <translation>Sc&amp;ore :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>Current filters</source>
        <translation>Filtres actuels</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message numerus="yes">
        <source>Stage: %n chosen</source>
        <translation>
            <numerusform>Étape : %n choisie</numerusform>
            <numerusform>Étape : %n choisies</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of the view (a view of the same name is replaced):</source>
        <translation>Nom de la vue (une vue du même nom sera remplacée) :</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot;? The leads stay as they are.</source>
        <translation>Supprimer la vue enregistrée « %1 » ? Les prospects restent inchangés.</translation>
    </message>
</context>
<context>
    <name>lf::LeadImporter</name>
    <message>
        <source>The file has a header row but no leads; nothing was imported.</source>
        <translation>Le fichier a une ligne d&apos;en-tête mais aucun prospect ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Imports need the SQLite driver.</source>
        <translation>Les importations nécessitent le pilote SQLite.</translation>
    </message>
    <message>
        <source>Cannot record the import</source>
        <translation>Impossible d&apos;enregistrer l&apos;importation</translation>
    </message>
    <message>
        <source>import #%1</source>
        <translation>importation nº %1</translation>
    </message>
    <message>
        <source>%1 (import #%2)</source>
        <translation>%1 (importation nº %2)</translation>
    </message>
    <message>
        <source>Cannot read the leads</source>
        <translation>Impossible de lire les prospects</translation>
    </message>
    <message>
        <source>Cannot prepare the import</source>
        <translation>Impossible de préparer l&apos;importation</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L&apos;importation a été annulée ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Cannot read the stage history</source>
        <translation>Impossible de lire l&apos;historique des étapes</translation>
    </message>
    <message>
        <source>Cannot update the search index</source>
        <translation>Impossible de mettre à jour l&apos;index de recherche</translation>
    </message>
    <message>
        <source>an import of %1 by %2</source>
        <translation>une importation de %1 par %2</translation>
    </message>
</context>
<context>
    <name>lf::LeadService</name>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 doit être un objet JSON.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>%1 doit être un nombre entier, pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 must be an amount such as 1234.50, not &quot;%2&quot;.</source>
        <translation>%1 doit être un montant comme 1234.50, pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 est trop grand.</translation>
    </message>
    <message>
        <source>%1 must be a date or time in ISO 8601 form (2026-11-23 or 2026-11-23T14:30:00Z), not &quot;%2&quot;.</source>
        <translation>%1 doit être une date ou une heure au format ISO 8601 (2026-11-23 ou 2026-11-23T14:30:00Z), pas « %2 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage; use one of: %2.</source>
        <translation>« %1 » n&apos;est pas une étape ; utilisez l&apos;une de : %2.</translation>
    </message>
    <message>
        <source>Cannot save the lead</source>
        <translation>Impossible d&apos;enregistrer le prospect</translation>
    </message>
    <message>
        <source>Cannot read lead %1</source>
        <translation>Impossible de lire le prospect %1</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>Le prospect %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Lead %1 is deleted; restore it to see or change it.</source>
        <translation>Le prospect %1 est supprimé ; restaurez-le pour le voir ou le modifier.</translation>
    </message>
    <message>
        <source>Lead %1 is already in %2.</source>
        <translation>Le prospect %1 est déjà à l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Lead %1 is not deleted.</source>
        <translation>Le prospect %1 n&apos;est pas supprimé.</translation>
    </message>
    <message>
        <source>Cannot read lead %1&apos;s history</source>
        <translation>Impossible de lire l&apos;historique du prospect %1</translation>
    </message>
    <message>
        <source>Lead %1 was changed by someone else since you opened it (%2); nothing was saved. Reload it and make your change again.</source>
        <translation>Le prospect %1 a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert (%2) ; rien n&apos;a été enregistré. Rechargez-le et refaites votre modification.</translation>
    </message>
    <message>
        <source>Cannot save lead %1</source>
        <translation>Impossible d&apos;enregistrer le prospect %1</translation>
    </message>
    <message>
        <source>Lead %1 was changed by someone else while saving; nothing was saved.</source>
        <translation>Le prospect %1 a été modifié par quelqu&apos;un d&apos;autre pendant l&apos;enregistrement ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Cannot list leads</source>
        <translation>Impossible de lister les prospects</translation>
    </message>
    <message>
        <source>Cannot count leads</source>
        <translation>Impossible de compter les prospects</translation>
    </message>
    <message>
        <source>import #%1</source>
        <translation>importation nº %1</translation>
    </message>
</context>
<context>
    <name>lf::LeadTableModel</name>
    <message>
        <source>%1 d %2 h</source>
        <comment>days, hours</comment>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours, minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>first name, last name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 de retard</translation>
    </message>
    <message>
        <source>First contact due %1, made %2</source>
        <translation>Premier contact attendu le %1, fait le %2</translation>
    </message>
    <message>
        <source>First contact due %1</source>
        <translation>Premier contact attendu le %1</translation>
    </message>
    <message>
        <source>Time left until the first contact is due</source>
        <translation>Temps restant avant l&apos;échéance du premier contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>lf::LeadWorkflow</name>
    <message>
        <source>back to marketing for nurturing</source>
        <translation>retour au marketing pour maturation</translation>
    </message>
    <message>
        <source>owner removed by %1</source>
        <translation>responsable retiré par %1</translation>
    </message>
    <message>
        <source>Cannot end the assignment</source>
        <translation>Impossible de terminer l&apos;attribution</translation>
    </message>
    <message>
        <source>Cannot clear the first-contact deadline</source>
        <translation>Impossible d&apos;effacer l&apos;échéance du premier contact</translation>
    </message>
    <message>
        <source>Cannot record the acceptance</source>
        <translation>Impossible d&apos;enregistrer l&apos;acceptation</translation>
    </message>
</context>
<context>
    <name>lf::LeadsPage</name>
    <message>
        <source>Number of leads</source>
        <translation>Nombre de prospects</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>&amp;Attribuer à…</translation>
    </message>
    <message>
        <source>Give the selected leads to a person</source>
        <translation>Confier les prospects sélectionnés à une personne</translation>
    </message>
    <message>
        <source>Change &amp;stage…</source>
        <translation>Changer d&apos;é&amp;tape…</translation>
    </message>
    <message>
        <source>&amp;Enrol in sequence…</source>
        <translation>&amp;Inscrire dans une séquence…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write the selected leads, or all the filters select, to a CSV file</source>
        <translation>Écrire les prospects sélectionnés, ou tous ceux retenus par les filtres, dans un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Lead actions</source>
        <translation>Actions sur les prospects</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Loading leads…</source>
        <translation>Chargement des prospects…</translation>
    </message>
    <message>
        <source>%1+ leads, counting…</source>
        <translation>%1+ prospects, comptage en cours…</translation>
    </message>
    <message>
        <source>No leads match</source>
        <translation>Aucun prospect ne correspond</translation>
    </message>
    <message>
        <source>1 lead</source>
        <translation>1 prospect</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 prospects</translation>
    </message>
    <message>
        <source>Write the selected leads to a CSV file</source>
        <translation>Écrire les prospects sélectionnés dans un fichier CSV</translation>
    </message>
    <message>
        <source>Write every lead the filters select to a CSV file</source>
        <translation>Écrire tous les prospects retenus par les filtres dans un fichier CSV</translation>
    </message>
    <message>
        <source>Leads cannot be changed here.</source>
        <translation>Les prospects ne peuvent pas être modifiés ici.</translation>
    </message>
    <message>
        <source>Assign Leads</source>
        <translation>Attribuer des prospects</translation>
    </message>
    <message>
        <source>There is nobody to assign leads to yet: add people in Settings first.</source>
        <translation>Il n&apos;y a encore personne à qui attribuer des prospects : ajoutez d&apos;abord des personnes dans les Paramètres.</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n Lead(s)</source>
        <translation>
            <numerusform>Attribuer %n prospect</numerusform>
            <numerusform>Attribuer %n prospects</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why this person (kept in the lead&apos;s history)</source>
        <translation>Pourquoi cette personne (conservé dans l&apos;historique du prospect)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Assigned by hand</source>
        <translation>Attribué manuellement</translation>
    </message>
    <message>
        <source>Change Stage</source>
        <translation>Changer d&apos;étape</translation>
    </message>
    <message>
        <source>Move the selected leads to:</source>
        <translation>Passer les prospects sélectionnés à :</translation>
    </message>
    <message>
        <source>Enrol in Sequence</source>
        <translation>Inscrire dans une séquence</translation>
    </message>
    <message>
        <source>There is no active nurture sequence yet.</source>
        <translation>Il n&apos;y a pas encore de séquence de maturation active.</translation>
    </message>
    <message>
        <source>Enrol the selected leads in:</source>
        <translation>Inscrire les prospects sélectionnés dans :</translation>
    </message>
    <message>
        <source>%1 enrolled. Some were not: %2</source>
        <translation>%1 inscrits. Certains ne l&apos;ont pas été : %2</translation>
    </message>
    <message>
        <source>Exporting leads…</source>
        <translation>Exportation des prospects…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export Leads</source>
        <translation>Exporter les prospects</translation>
    </message>
    <message>
        <source>leads.csv</source>
        <translation>prospects.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 leads written to %2.</source>
        <translation>%1 prospects écrits dans %2.</translation>
    </message>
    <message>
        <source>Delete this lead? Edit &gt; Undo brings it back.</source>
        <translation>Supprimer ce prospect ? Édition &gt; Annuler le restaure.</translation>
    </message>
    <message>
        <source>Delete %1 leads? Edit &gt; Undo brings them back.</source>
        <translation>Supprimer %1 prospects ? Édition &gt; Annuler les restaure.</translation>
    </message>
    <message>
        <source>Delete Leads</source>
        <translation>Supprimer des prospects</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>A&amp;ccepter</translation>
    </message>
    <message>
        <source>The owner takes the selected leads on: they become SQL</source>
        <translation>Le responsable prend en charge les prospects sélectionnés : ils deviennent SQL</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <source>Hand the lead back with a reason</source>
        <translation>Rendre le prospect en indiquant un motif</translation>
    </message>
    <message>
        <source>Rec&amp;ycle…</source>
        <translation>Rec&amp;ycler…</translation>
    </message>
    <message>
        <source>Back to marketing for nurturing</source>
        <translation>Retour au marketing pour maturation</translation>
    </message>
    <message>
        <source>&amp;Log call, email or meeting…</source>
        <translation>&amp;Consigner un appel, un e-mail ou une réunion…</translation>
    </message>
    <message>
        <source>Record a call, email, meeting or note with the lead</source>
        <translation>Enregistrer un appel, un e-mail, une réunion ou une note avec le prospect</translation>
    </message>
</context>
<context>
    <name>lf::LogTouchDialog</name>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Log Activity — %1</source>
        <translation>Consigner une activité — %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>e.g. connected, left voicemail</source>
        <translation>ex. joint, message vocal laissé</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>What was said, what comes next</source>
        <translation>Ce qui a été dit, la suite</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Consigner</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>joint</translation>
    </message>
    <message>
        <source>left voicemail</source>
        <translation>message vocal laissé</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>mauvais numéro</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>répondu</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>non distribué</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translation>reportée</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>absent</translation>
    </message>
</context>
<context>
    <name>lf::MainWindow</name>
    <message>
        <source>1 lead</source>
        <translation>1 prospect</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 prospects</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Mes tâches</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Leadflow</source>
        <translation>Leadflow</translation>
    </message>
    <message>
        <source>&amp;New Lead…</source>
        <translation>&amp;Nouveau prospect…</translation>
    </message>
    <message>
        <source>Add a lead</source>
        <translation>Ajouter un prospect</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Nouveau prospect</translation>
    </message>
    <message>
        <source>&amp;Import Leads…</source>
        <translation>&amp;Importer des prospects…</translation>
    </message>
    <message>
        <source>Import leads from a CSV file</source>
        <translation>Importer des prospects depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Read everything again, with changes made elsewhere</source>
        <translation>Tout relire, avec les modifications faites ailleurs</translation>
    </message>
    <message>
        <source>&amp;Find Leads…</source>
        <translation>Rec&amp;hercher des prospects…</translation>
    </message>
    <message>
        <source>Search leads by name, company or email</source>
        <translation>Rechercher des prospects par nom, entreprise ou e-mail</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Foncé</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Leadflow</source>
        <translation>À &amp;propos de Leadflow</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Lead added.</source>
        <translation>Prospect ajouté.</translation>
    </message>
    <message>
        <source>The lead on the right has unsaved changes: save or revert them first.</source>
        <translation>Le prospect de droite a des modifications non enregistrées&#xa0;: enregistrez-les ou annulez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Discard them and open the other lead?</source>
        <translation>%1 a des modifications non enregistrées. Les abandonner et ouvrir l&apos;autre prospect&#xa0;?</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Leadflow will use the new language the next time it starts.</source>
        <translation>Leadflow utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>About Leadflow</source>
        <translation>À propos de Leadflow</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Leadflow&lt;/h3&gt;&lt;p&gt;A lead manager for small-business sales teams: capture, score, route, nurture and measure leads, offline and fast.&lt;/p&gt;&lt;p&gt;Database: %1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Leadflow&lt;/h3&gt;&lt;p&gt;Un gestionnaire de prospects pour les équipes commerciales des petites entreprises&#xa0;: capturer, noter, attribuer, faire mûrir et mesurer les prospects, hors ligne et rapidement.&lt;/p&gt;&lt;p&gt;Base de données&#xa0;: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Quit anyway?</source>
        <translation>%1 a des modifications non enregistrées. Quitter quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation>À faire maintenant&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lf::MappingProfiles</name>
    <message>
        <source>A mapping profile needs a name.</source>
        <translation>Un profil de correspondance doit avoir un nom.</translation>
    </message>
    <message>
        <source>Cannot save the mapping profile %1</source>
        <translation>Impossible d&apos;enregistrer le profil de correspondance %1</translation>
    </message>
    <message>
        <source>Cannot read the mapping profile %1</source>
        <translation>Impossible de lire le profil de correspondance %1</translation>
    </message>
    <message>
        <source>There is no mapping profile &quot;%1&quot; (saved profiles: %2).</source>
        <translation>Il n&apos;existe aucun profil de correspondance «&#xa0;%1&#xa0;» (profils enregistrés&#xa0;: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Cannot read the mapping profiles</source>
        <translation>Impossible de lire les profils de correspondance</translation>
    </message>
    <message>
        <source>Cannot delete the mapping profile %1</source>
        <translation>Impossible de supprimer le profil de correspondance %1</translation>
    </message>
    <message>
        <source>There is no mapping profile &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun profil de correspondance «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>lf::MetricsService</name>
    <message>
        <source>The setting %1 names an unknown time zone &quot;%2&quot;; use an IANA name such as Europe/Berlin, or UTC.</source>
        <translation>Le paramètre %1 indique un fuseau horaire inconnu « %2 » ; utilisez un nom IANA comme Europe/Paris, ou UTC.</translation>
    </message>
    <message>
        <source>(no campaign)</source>
        <translation>(aucune campagne)</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(aucun motif donné)</translation>
    </message>
    <message>
        <source>The rates are not a JSON object (%1 at byte %2).</source>
        <translation>Les taux ne sont pas un objet JSON (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>Unknown rate &quot;%1&quot;; the rates are %2.</source>
        <translation>Taux inconnu « %1 » ; les taux sont %2.</translation>
    </message>
    <message>
        <source>The rate &quot;%1&quot; must be a number above 0 and at most 1 (0.25 for 25 %).</source>
        <translation>Le taux « %1 » doit être un nombre supérieur à 0 et au plus 1 (0.25 pour 25 %).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number above 0.</source>
        <translation>« %1 » doit être un nombre supérieur à 0.</translation>
    </message>
    <message>
        <source>The revenue goal must be above 0.</source>
        <translation>L&apos;objectif de chiffre d&apos;affaires doit être supérieur à 0.</translation>
    </message>
    <message>
        <source>The history from %1 to %2 has no data for %3; type these rates in a JSON file and pass it with --rates FILE.</source>
        <translation>L&apos;historique de %1 à %2 n&apos;a pas de données pour %3 ; saisissez ces taux dans un fichier JSON et passez-le avec --rates FILE.</translation>
    </message>
</context>
<context>
    <name>lf::NurtureService</name>
    <message>
        <source>%1 uses the placeholder %2, which Leadflow does not know; use one of: %3.</source>
        <translation>%1 utilise l&apos;espace réservé %2, que Leadflow ne connaît pas&#xa0;; utilisez l&apos;un des suivants&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 has a &quot;{{&quot; that opens no placeholder; write placeholders as {{first_name}} on one line.</source>
        <translation>%1 contient un «&#xa0;{{&#xa0;» qui n&apos;ouvre aucun espace réservé&#xa0;; écrivez les espaces réservés sous la forme {{first_name}} sur une seule ligne.</translation>
    </message>
    <message>
        <source>Cannot read the steps of sequence %1</source>
        <translation>Impossible de lire les étapes de la séquence %1</translation>
    </message>
    <message>
        <source>A sequence needs a name.</source>
        <translation>Une séquence doit avoir un nom.</translation>
    </message>
    <message>
        <source>A sequence name cannot be only digits (&quot;%1&quot; would be read as an id).</source>
        <translation>Un nom de séquence ne peut pas contenir uniquement des chiffres («&#xa0;%1&#xa0;» serait lu comme un identifiant).</translation>
    </message>
    <message>
        <source>A sequence needs at least one step (an email, a call or a wait).</source>
        <translation>Une séquence doit comporter au moins une étape (un e-mail, un appel ou une attente).</translation>
    </message>
    <message>
        <source>Step %1 (wait) must wait from 1 to 3650 days, not %2.</source>
        <translation>L&apos;étape %1 (attente) doit attendre entre 1 et 3650 jours, et non %2.</translation>
    </message>
    <message>
        <source>Step %1 (email) needs a subject.</source>
        <translation>L&apos;étape %1 (e-mail) doit avoir un objet.</translation>
    </message>
    <message>
        <source>Step %1 (call) needs a text that says what the call is about.</source>
        <translation>L&apos;étape %1 (appel) doit avoir un texte indiquant l&apos;objet de l&apos;appel.</translation>
    </message>
    <message>
        <source>Step %1 (email) needs a body.</source>
        <translation>L&apos;étape %1 (e-mail) doit avoir un corps.</translation>
    </message>
    <message>
        <source>The subject of step %1 (%2)</source>
        <translation>L&apos;objet de l&apos;étape %1 (%2)</translation>
    </message>
    <message>
        <source>The body of step %1 (%2)</source>
        <translation>Le corps de l&apos;étape %1 (%2)</translation>
    </message>
    <message>
        <source>A sequence of waits only does nothing; add an email or a call step.</source>
        <translation>Une séquence composée uniquement d&apos;attentes ne fait rien&#xa0;; ajoutez une étape e-mail ou appel.</translation>
    </message>
    <message>
        <source>Cannot read the sequences</source>
        <translation>Impossible de lire les séquences</translation>
    </message>
    <message>
        <source>There is already a sequence named &quot;%1&quot; (id %2); choose another name.</source>
        <translation>Il existe déjà une séquence nommée «&#xa0;%1&#xa0;» (id %2)&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot save the sequence</source>
        <translation>Impossible d&apos;enregistrer la séquence</translation>
    </message>
    <message>
        <source>Cannot save the steps of the sequence</source>
        <translation>Impossible d&apos;enregistrer les étapes de la séquence</translation>
    </message>
    <message>
        <source>There is no sequence &quot;%1&quot;; there are no sequences yet.</source>
        <translation>Il n&apos;existe aucune séquence «&#xa0;%1&#xa0;»&#xa0;; il n&apos;y a encore aucune séquence.</translation>
    </message>
    <message>
        <source>There is no sequence &quot;%1&quot;; the sequences are: %2.</source>
        <translation>Il n&apos;existe aucune séquence «&#xa0;%1&#xa0;»&#xa0;; les séquences sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot read sequence %1</source>
        <translation>Impossible de lire la séquence %1</translation>
    </message>
    <message>
        <source>There is no sequence %1.</source>
        <translation>Il n&apos;existe aucune séquence %1.</translation>
    </message>
    <message>
        <source>Cannot read lead %1</source>
        <translation>Impossible de lire le prospect %1</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>Il n&apos;existe aucun prospect %1.</translation>
    </message>
    <message>
        <source>Lead %1 is deleted; restore it before enrolling it.</source>
        <translation>Le prospect %1 est supprimé&#xa0;; restaurez-le avant de l&apos;inscrire.</translation>
    </message>
    <message>
        <source>Lead %1 is %2; won, lost and disqualified leads are not nurtured (move a lost or disqualified lead to Nurturing to nurture it again).</source>
        <translation>Le prospect %1 est %2&#xa0;; les prospects gagnés, perdus et disqualifiés ne sont pas mis en maturation (passez un prospect perdu ou disqualifié à l&apos;étape En maturation pour le faire mûrir à nouveau).</translation>
    </message>
    <message>
        <source>The sequence &quot;%1&quot; is switched off and takes no new leads.</source>
        <translation>La séquence «&#xa0;%1&#xa0;» est désactivée et n&apos;accepte aucun nouveau prospect.</translation>
    </message>
    <message>
        <source>Cannot read lead %1&apos;s enrolments</source>
        <translation>Impossible de lire les inscriptions du prospect %1</translation>
    </message>
    <message>
        <source>Lead %1 is already in the sequence &quot;%2&quot; (enrolment %3, since %4, at step %5 of %6).</source>
        <translation>Le prospect %1 est déjà dans la séquence «&#xa0;%2&#xa0;» (inscription %3, depuis %4, à l&apos;étape %5 sur %6).</translation>
    </message>
    <message>
        <source>Cannot read lead %1&apos;s touchpoints</source>
        <translation>Impossible de lire les points de contact du prospect %1</translation>
    </message>
    <message>
        <source>Lead %1 unsubscribed on %2; it cannot be enrolled in &quot;%3&quot;, which sends email.</source>
        <translation>Le prospect %1 s&apos;est désabonné le %2&#xa0;; il ne peut pas être inscrit dans «&#xa0;%3&#xa0;», qui envoie des e-mails.</translation>
    </message>
    <message>
        <source>Cannot enrol lead %1</source>
        <translation>Impossible d&apos;inscrire le prospect %1</translation>
    </message>
    <message>
        <source>Cannot read enrolment %1</source>
        <translation>Impossible de lire l&apos;inscription %1</translation>
    </message>
    <message>
        <source>Enrolment %1 vanished while saving.</source>
        <translation>L&apos;inscription %1 a disparu pendant l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Cannot read the due enrolments</source>
        <translation>Impossible de lire les inscriptions échues</translation>
    </message>
    <message>
        <source>Cannot end enrolment %1</source>
        <translation>Impossible de terminer l&apos;inscription %1</translation>
    </message>
    <message>
        <source>Cannot save enrolment %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;inscription %1</translation>
    </message>
    <message>
        <source>Email (step %1)</source>
        <translation>E-mail (étape %1)</translation>
    </message>
    <message>
        <source>Call (step %1)</source>
        <translation>Appel (étape %1)</translation>
    </message>
    <message>
        <source>Cannot create a task for lead %1</source>
        <translation>Impossible de créer une tâche pour le prospect %1</translation>
    </message>
    <message>
        <source>Cannot end lead %1&apos;s enrolments</source>
        <translation>Impossible de terminer les inscriptions du prospect %1</translation>
    </message>
    <message>
        <source>Cannot read the tasks</source>
        <translation>Impossible de lire les tâches</translation>
    </message>
    <message>
        <source>Cannot read task %1</source>
        <translation>Impossible de lire la tâche %1</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>Il n&apos;existe aucune tâche %1.</translation>
    </message>
    <message>
        <source>Task %1 is already done (%2).</source>
        <translation>La tâche %1 est déjà terminée (%2).</translation>
    </message>
    <message>
        <source>Cannot save task %1</source>
        <translation>Impossible d&apos;enregistrer la tâche %1</translation>
    </message>
    <message>
        <source>Task %1 is a %2 task, not an email.</source>
        <translation>La tâche %1 est une tâche de type %2, pas un e-mail.</translation>
    </message>
    <message>
        <source>Lead %1 has no email address; add one, or send it another way and mark task %2 done.</source>
        <translation>Le prospect %1 n&apos;a pas d&apos;adresse e-mail&#xa0;; ajoutez-en une, ou envoyez-le autrement et marquez la tâche %2 comme terminée.</translation>
    </message>
    <message>
        <source>Lead %1&apos;s email address &quot;%2&quot; is not valid; correct it first.</source>
        <translation>L&apos;adresse e-mail «&#xa0;%2&#xa0;» du prospect %1 n&apos;est pas valide&#xa0;; corrigez-la d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>lf::OutputFile</name>
    <message>
        <source>Cannot write %1: the disk is full. Nothing was written; free some space and try again.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le disque est plein. Rien n&apos;a été écrit&#xa0;; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>le fichier n&apos;est pas ouvert</translation>
    </message>
</context>
<context>
    <name>lf::PendingWork</name>
    <message>
        <source>Cannot record the rescoring this change needs</source>
        <translation>Impossible d&apos;enregistrer le recalcul des scores requis par cette modification</translation>
    </message>
    <message>
        <source>Cannot read the follow-up work owed</source>
        <translation>Impossible de lire les traitements complémentaires en attente</translation>
    </message>
    <message>
        <source>rescoring every lead for %1</source>
        <translation>recalcul du score de tous les prospects pour %1</translation>
    </message>
    <message>
        <source>Cannot record that the rescoring was done</source>
        <translation>Impossible d&apos;enregistrer la fin du recalcul des scores</translation>
    </message>
</context>
<context>
    <name>lf::Period</name>
    <message>
        <source>The period needs a valid start and end date.</source>
        <translation>La période doit avoir une date de début et de fin valides.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it begins (%2); --to is exclusive, so give a later date.</source>
        <translation>La période se termine (%1) avant de commencer (%2) ; --to est exclusif, donnez donc une date plus tardive.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period; write a quarter (2027-Q1), a month (2027-03) or a year (2027).</source>
        <translation>« %1 » n&apos;est pas une période ; écrivez un trimestre (2027-Q1), un mois (2027-03) ou une année (2027).</translation>
    </message>
</context>
<context>
    <name>lf::PipelineBoard</name>
    <message>
        <source>No company</source>
        <translation>Aucune entreprise</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>Pipeline board</source>
        <translation>Tableau du pipeline</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Show the leads of</source>
        <translation>Afficher les prospects de</translation>
    </message>
    <message>
        <source>Drag a card to another stage, or press Ctrl+Shift+→ / ←.</source>
        <translation>Faites glisser une carte vers une autre étape, ou appuyez sur Ctrl+Maj+→ / ←.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Refresh the board</source>
        <translation>Actualiser le tableau</translation>
    </message>
    <message>
        <source>Board message</source>
        <translation>Message du tableau</translation>
    </message>
    <message>
        <source>%1 column</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 prospects</translation>
    </message>
    <message>
        <source>Enter opens the lead; Ctrl+Shift+Right or Left moves it to the next or previous stage; the context menu moves it to any stage it may go to.</source>
        <translation>Entrée ouvre le prospect&#xa0;; Ctrl+Maj+Droite ou Gauche le déplace vers l&apos;étape suivante ou précédente&#xa0;; le menu contextuel le déplace vers toute étape autorisée.</translation>
    </message>
    <message>
        <source>No leads</source>
        <translation>Aucun prospect</translation>
    </message>
    <message>
        <source>Show more %1 leads</source>
        <translation>Afficher plus de prospects (%1)</translation>
    </message>
    <message>
        <source>Show the cards</source>
        <translation>Afficher les cartes</translation>
    </message>
    <message>
        <source>Hide the cards</source>
        <translation>Masquer les cartes</translation>
    </message>
    <message>
        <source>Show %1 cards</source>
        <translation>Afficher les cartes (%1)</translation>
    </message>
    <message>
        <source>Hide %1 cards</source>
        <translation>Masquer les cartes (%1)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Could not read the users: %1</source>
        <translation>Impossible de lire les utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not load the board: %1</source>
        <translation>Impossible de charger le tableau&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 lead</source>
        <translation>1 prospect</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Valeur %1</translation>
    </message>
    <message>
        <source>Sum of the deal values of every lead in this stage.</source>
        <translation>Somme des montants de tous les prospects de cette étape.</translation>
    </message>
    <message>
        <source>Value %1 in top %2</source>
        <translation>Valeur %1 dans les %2 premiers</translation>
    </message>
    <message>
        <source>Sum of the deal values of the %1 best-scored leads shown, of %2 in this stage.</source>
        <translation>Somme des montants des %1 prospects les mieux notés affichés, sur %2 dans cette étape.</translation>
    </message>
    <message>
        <source>Show %1 more (%2 left)</source>
        <translation>Afficher %1 de plus (%2 restants)</translation>
    </message>
    <message>
        <source>Only lead cards can be dropped on the board.</source>
        <translation>Seules les cartes de prospects peuvent être déposées sur le tableau.</translation>
    </message>
    <message>
        <source>Leads cannot be moved here.</source>
        <translation>Les prospects ne peuvent pas être déplacés ici.</translation>
    </message>
    <message>
        <source>The database is open read-only; leads cannot be moved.</source>
        <translation>La base de données est ouverte en lecture seule&#xa0;; les prospects ne peuvent pas être déplacés.</translation>
    </message>
    <message>
        <source>%1 cannot move to an earlier stage on the board.</source>
        <translation>%1 ne peut pas revenir à une étape antérieure sur le tableau.</translation>
    </message>
    <message>
        <source>%1 cannot move to a later stage on the board.</source>
        <translation>%1 ne peut pas passer à une étape ultérieure sur le tableau.</translation>
    </message>
    <message>
        <source>Card actions</source>
        <translation>Actions de la carte</translation>
    </message>
    <message>
        <source>&amp;Open lead</source>
        <translation>&amp;Ouvrir le prospect</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Move to &amp;next stage (%1)</source>
        <translation>Passer à l&apos;étape &amp;suivante (%1)</translation>
    </message>
    <message>
        <source>Move to &amp;previous stage (%1)</source>
        <translation>Revenir à l&apos;étape &amp;précédente (%1)</translation>
    </message>
    <message>
        <source>No deal values yet</source>
        <translation>Pas encore de montants</translation>
    </message>
    <message>
        <source>None of the leads shown has a deal value.</source>
        <translation>Aucun des prospects affichés n&apos;a de montant d&apos;affaire.</translation>
    </message>
</context>
<context>
    <name>lf::PipelineColumnModel</name>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>note %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>responsable %1</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>valeur %1</translation>
    </message>
</context>
<context>
    <name>lf::Predictor</name>
    <message>
        <source>Cannot count the won and lost leads</source>
        <translation>Impossible de compter les prospects gagnés et perdus</translation>
    </message>
    <message>
        <source>Too little history to predict: a prediction needs at least %1 won or lost leads, and there are %2 (%3 won, %4 lost).</source>
        <translation>Historique insuffisant pour prédire&#xa0;: une prédiction nécessite au moins %1 prospects gagnés ou perdus, et il y en a %2 (%3 gagnés, %4 perdus).</translation>
    </message>
    <message>
        <source>Too little history to predict: a prediction needs at least %1 won and %1 lost leads, and there are %2 won and %3 lost.</source>
        <translation>Historique insuffisant pour prédire&#xa0;: une prédiction nécessite au moins %1 prospects gagnés et %1 perdus, et il y en a %2 gagnés et %3 perdus.</translation>
    </message>
    <message>
        <source>Cannot count the won and lost leads by %1</source>
        <translation>Impossible de compter les prospects gagnés et perdus par %1</translation>
    </message>
</context>
<context>
    <name>lf::QualificationDefinition</name>
    <message>
        <source>The MQL threshold must be between 1 and 1000, not %1.</source>
        <translation>Le seuil MQL doit être compris entre 1 et 1000, et non %1.</translation>
    </message>
    <message>
        <source>Grade thresholds must fall from A to C (A %1, B %2, C %3 given).</source>
        <translation>Les seuils de note doivent décroître de A à C (A %1, B %2, C %3 indiqués).</translation>
    </message>
    <message>
        <source>Give at least one reason a lead can be lost for.</source>
        <translation>Indiquez au moins un motif pour lequel un prospect peut être perdu.</translation>
    </message>
    <message>
        <source>Give at least one reason a lead can be disqualified for.</source>
        <translation>Indiquez au moins un motif pour lequel un prospect peut être disqualifié.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of a qualification definition; known keys: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie d&apos;une définition de qualification&#xa0;; clés connues&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un texte.</translation>
    </message>
    <message>
        <source>&quot;auto_mql&quot; must be true or false.</source>
        <translation>«&#xa0;auto_mql&#xa0;» doit valoir true ou false.</translation>
    </message>
    <message>
        <source>&quot;grades&quot; must be an object with the thresholds of A, B and C, such as {&quot;A&quot;: 50, &quot;B&quot;: 30, &quot;C&quot;: 10}.</source>
        <translation>«&#xa0;grades&#xa0;» doit être un objet contenant les seuils de A, B et C, par exemple {&quot;A&quot;: 50, &quot;B&quot;: 30, &quot;C&quot;: 10}.</translation>
    </message>
    <message>
        <source>Grade %1&apos;s threshold must be a whole number.</source>
        <translation>Le seuil de la note %1 doit être un nombre entier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a BANT item; use budget, authority, need or timeline.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un critère BANT&#xa0;; utilisez budget, authority, need ou timeline.</translation>
    </message>
    <message>
        <source>Qualification definition</source>
        <translation>Définition de qualification</translation>
    </message>
    <message>
        <source>version %1, %2 by %3</source>
        <translation>version %1, %2 par %3</translation>
    </message>
    <message>
        <source>(shipped, not stored yet)</source>
        <translation>(livrée, pas encore enregistrée)</translation>
    </message>
    <message>
        <source>Ideal customer profile:</source>
        <translation>Profil de client idéal&#xa0;:</translation>
    </message>
    <message>
        <source>Un-ideal customer profile:</source>
        <translation>Profil de client non idéal&#xa0;:</translation>
    </message>
    <message>
        <source>Score: fit (firmographic rules) + engagement (0-100, from touchpoints with decay).</source>
        <translation>Score&#xa0;: adéquation (règles firmographiques) + engagement (0-100, issu des points de contact avec atténuation).</translation>
    </message>
    <message>
        <source>MQL: score of %1 or more (%2).</source>
        <translation>MQL&#xa0;: score de %1 ou plus (%2).</translation>
    </message>
    <message>
        <source>leads move to MQL by themselves</source>
        <translation>les prospects passent en MQL automatiquement</translation>
    </message>
    <message>
        <source>set by hand; no automatic move</source>
        <translation>défini manuellement&#xa0;; aucun passage automatique</translation>
    </message>
    <message>
        <source>Grades from fit: A at %1 or more, B at %2, C at %3, D below.</source>
        <translation>Notes d&apos;adéquation&#xa0;: A à partir de %1, B à %2, C à %3, D en dessous.</translation>
    </message>
    <message>
        <source>SQL required: %1.</source>
        <translation>Requis pour SQL&#xa0;: %1.</translation>
    </message>
    <message>
        <source>nothing beyond sales accepting it</source>
        <translation>rien d&apos;autre que l&apos;acceptation par les ventes</translation>
    </message>
    <message>
        <source>Lost reasons: %1.</source>
        <translation>Motifs de perte&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Disqualification reasons: %1.</source>
        <translation>Motifs de disqualification&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Remarques&#xa0;:</translation>
    </message>
</context>
<context>
    <name>lf::QualificationEditor</name>
    <message>
        <source>desktop user</source>
        <translation>utilisateur de l&apos;application de bureau</translation>
    </message>
    <message>
        <source>Ideal customer profile</source>
        <translation>Profil de client idéal</translation>
    </message>
    <message>
        <source>Who we sell to best, in words</source>
        <translation>À qui nous vendons le mieux, en quelques mots</translation>
    </message>
    <message>
        <source>&amp;Ideal profile:</source>
        <translation>Profil &amp;idéal&#xa0;:</translation>
    </message>
    <message>
        <source>Un-ideal customer profile</source>
        <translation>Profil de client non idéal</translation>
    </message>
    <message>
        <source>Who we do not want, in words</source>
        <translation>Qui nous ne voulons pas, en quelques mots</translation>
    </message>
    <message>
        <source>&amp;Un-ideal profile:</source>
        <translation>Profil &amp;non idéal&#xa0;:</translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation>Seuil MQL</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>&amp;Promote to MQL automatically</source>
        <translation>&amp;Promouvoir en MQL automatiquement</translation>
    </message>
    <message>
        <source>Automatic MQL</source>
        <translation>MQL automatique</translation>
    </message>
    <message>
        <source>&amp;MQL at score:</source>
        <translation>&amp;MQL à partir du score&#xa0;:</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Grade %1 from fit score</source>
        <translation>Note %1 selon le score d&apos;adéquation</translation>
    </message>
    <message>
        <source>%1 ≥</source>
        <translation>%1 ≥</translation>
    </message>
    <message>
        <source>below C: D</source>
        <translation>en dessous de C&#xa0;: D</translation>
    </message>
    <message>
        <source>&amp;Grades (fit score):</source>
        <translation>N&amp;otes (score d&apos;adéquation)&#xa0;:</translation>
    </message>
    <message>
        <source>SQL requires %1</source>
        <translation>SQL requiert %1</translation>
    </message>
    <message>
        <source>SQL requires:</source>
        <translation>SQL requiert&#xa0;:</translation>
    </message>
    <message>
        <source>Lost reasons, one per line</source>
        <translation>Motifs de perte, un par ligne</translation>
    </message>
    <message>
        <source>&amp;Lost reasons:</source>
        <translation>Motifs de per&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>Disqualify reasons, one per line</source>
        <translation>Motifs de disqualification, un par ligne</translation>
    </message>
    <message>
        <source>&amp;Disqualify reasons:</source>
        <translation>Motifs de &amp;disqualification&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Remar&amp;ques&#xa0;:</translation>
    </message>
    <message>
        <source>Qualification status</source>
        <translation>État de la qualification</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>&amp;Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>Save qualification definition</source>
        <translation>Enregistrer la définition de qualification</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Revert to the current version</source>
        <translation>Revenir à la version actuelle</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Qualification versions</source>
        <translation>Versions de la qualification</translation>
    </message>
    <message>
        <source>Selected version</source>
        <translation>Version sélectionnée</translation>
    </message>
    <message>
        <source>Shipped definition</source>
        <translation>Définition livrée</translation>
    </message>
    <message>
        <source>Version %1 · MQL at %2
%3 %4 by %5</source>
        <translation>Version %1 · MQL à %2
%3 %4 par %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Enregistré comme version %1.</translation>
    </message>
    <message>
        <source>%1 Rescoring every lead…</source>
        <translation>%1 Recalcul du score de tous les prospects…</translation>
    </message>
    <message>
        <source>%1 Rescoring failed: %2</source>
        <translation>%1 Échec du recalcul des scores&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 Rescored %2 leads: %3 changed, %4 moved to MQL.</source>
        <translation>%1 Scores de %2 prospects recalculés&#xa0;: %3 modifiés, %4 passés en MQL.</translation>
    </message>
</context>
<context>
    <name>lf::QualificationStore</name>
    <message>
        <source>Cannot read the qualification definition</source>
        <translation>Impossible de lire la définition de qualification</translation>
    </message>
    <message>
        <source>There is no version %1 of the qualification definition.</source>
        <translation>Il n&apos;existe aucune version %1 de la définition de qualification.</translation>
    </message>
    <message>
        <source>Cannot read the qualification definitions</source>
        <translation>Impossible de lire les définitions de qualification</translation>
    </message>
    <message>
        <source>Cannot save the qualification definition</source>
        <translation>Impossible d&apos;enregistrer la définition de qualification</translation>
    </message>
</context>
<context>
    <name>lf::Router</name>
    <message>
        <source>Cannot end the previous assignment</source>
        <translation>Impossible de terminer l&apos;attribution précédente</translation>
    </message>
    <message>
        <source>Cannot record the assignment</source>
        <translation>Impossible d&apos;enregistrer l&apos;attribution</translation>
    </message>
    <message>
        <source>Cannot save lead %1&apos;s owner</source>
        <translation>Impossible d&apos;enregistrer le responsable du prospect %1</translation>
    </message>
    <message>
        <source>Lead %1 was changed by someone else while routing it; nothing was saved.</source>
        <translation>Le prospect %1 a été modifié par quelqu&apos;un d&apos;autre pendant son attribution&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Cannot write the audit log</source>
        <translation>Impossible d&apos;écrire le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Lead %1 is deleted.</source>
        <translation>Le prospect %1 est supprimé.</translation>
    </message>
    <message>
        <source>Lead %1 is %2; closed leads are not routed.</source>
        <translation>Le prospect %1 est %2&#xa0;; les prospects clos ne sont pas attribués.</translation>
    </message>
    <message>
        <source>it already belongs to %1</source>
        <translation>il appartient déjà à %1</translation>
    </message>
    <message>
        <source>routed again</source>
        <translation>attribué de nouveau</translation>
    </message>
    <message>
        <source>Cannot read the backlog</source>
        <translation>Impossible de lire la file d&apos;attente</translation>
    </message>
    <message>
        <source>Routing was cancelled; nobody was assigned.</source>
        <translation>L&apos;attribution a été annulée&#xa0;; personne n&apos;a été désigné.</translation>
    </message>
    <message>
        <source>Lead %1 cannot go to them: %2.</source>
        <translation>Le prospect %1 ne peut pas leur être attribué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Lead %1 already belongs to %2.</source>
        <translation>Le prospect %1 appartient déjà à %2.</translation>
    </message>
    <message>
        <source>%1 gave it to %2 by hand</source>
        <translation>%1 l&apos;a attribué manuellement à %2</translation>
    </message>
    <message>
        <source>%1 gave it to %2 by hand: %3</source>
        <translation>%1 l&apos;a attribué manuellement à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>reassigned by hand</source>
        <translation>réattribué manuellement</translation>
    </message>
    <message>
        <source>Lead %1 has no owner.</source>
        <translation>Le prospect %1 n&apos;a pas de responsable.</translation>
    </message>
    <message>
        <source>unassigned by %1</source>
        <translation>désattribué par %1</translation>
    </message>
    <message>
        <source>Cannot end the assignment</source>
        <translation>Impossible de terminer l&apos;attribution</translation>
    </message>
    <message>
        <source>Cannot read lead %1&apos;s owners</source>
        <translation>Impossible de lire les responsables du prospect %1</translation>
    </message>
    <message>
        <source>Lead %1 belongs to %2, who was made its owner by editing the lead rather than by routing.</source>
        <translation>Le prospect %1 appartient à %2, désigné responsable en modifiant le prospect plutôt que par attribution.</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>Lead %1 has no owner now; %2, to whom routing gave it, was removed by editing the lead.</source>
        <translation>Le prospect %1 n&apos;a plus de responsable&#xa0;; %2, à qui l&apos;attribution l&apos;avait confié, a été retiré en modifiant le prospect.</translation>
    </message>
    <message>
        <source>Lead %1 has no owner now; it last belonged to %2 until %3 (%4).</source>
        <translation>Le prospect %1 n&apos;a plus de responsable&#xa0;; il appartenait en dernier à %2 jusqu&apos;au %3 (%4).</translation>
    </message>
    <message>
        <source>Lead %1 has no owner; it has never been routed.</source>
        <translation>Le prospect %1 n&apos;a pas de responsable&#xa0;; il n&apos;a jamais été attribué.</translation>
    </message>
    <message>
        <source>Lead %1 belongs to %2 since %3: %4.</source>
        <translation>Le prospect %1 appartient à %2 depuis %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>First contact made %1.</source>
        <translation>Premier contact effectué %1.</translation>
    </message>
    <message>
        <source>First contact due %1.</source>
        <translation>Premier contact attendu %1.</translation>
    </message>
    <message>
        <source>accepted by %1</source>
        <translation>accepté par %1</translation>
    </message>
    <message>
        <source>accepted by %1: %2</source>
        <translation>accepté par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot record the acceptance</source>
        <translation>Impossible d&apos;enregistrer l&apos;acceptation</translation>
    </message>
    <message>
        <source>Rejecting a lead needs a reason.</source>
        <translation>Le rejet d&apos;un prospect nécessite un motif.</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>Cannot record the rejection</source>
        <translation>Impossible d&apos;enregistrer le rejet</translation>
    </message>
    <message>
        <source>rejected by %1: %2</source>
        <translation>rejeté par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Recycling a lead needs a reason.</source>
        <translation>Le recyclage d&apos;un prospect nécessite un motif.</translation>
    </message>
    <message>
        <source>The re-nurture date must be in the future.</source>
        <translation>La date de remise en maturation doit être dans le futur.</translation>
    </message>
    <message>
        <source>recycled: %1</source>
        <translation>recyclé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot reset the score</source>
        <translation>Impossible de réinitialiser le score</translation>
    </message>
    <message>
        <source>Cannot record the first contact</source>
        <translation>Impossible d&apos;enregistrer le premier contact</translation>
    </message>
    <message>
        <source>Cannot record the breach</source>
        <translation>Impossible d&apos;enregistrer le dépassement</translation>
    </message>
    <message>
        <source>First contact overdue: %1 (%2)</source>
        <translation>Premier contact en retard&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 had until %2 to make first contact.</source>
        <translation>%1 avait jusqu&apos;au %2 pour établir le premier contact.</translation>
    </message>
    <message>
        <source>Cannot create the escalation task</source>
        <translation>Impossible de créer la tâche d&apos;escalade</translation>
    </message>
    <message>
        <source>%1 made %2 the owner</source>
        <translation>%1 a désigné %2 comme responsable</translation>
    </message>
    <message>
        <source>%1 made %2 the owner: %3</source>
        <translation>%1 a désigné %2 comme responsable : %3</translation>
    </message>
</context>
<context>
    <name>lf::Router::Engine</name>
    <message>
        <source>Cannot read the absences</source>
        <translation>Impossible de lire les absences</translation>
    </message>
    <message>
        <source>Cannot read the reps&apos; load</source>
        <translation>Impossible de lire la charge des commerciaux</translation>
    </message>
    <message>
        <source>Cannot prepare the assignment</source>
        <translation>Impossible de préparer l&apos;attribution</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>user %1 no longer exists</source>
        <translation>l&apos;utilisateur %1 n&apos;existe plus</translation>
    </message>
    <message>
        <source>%1 handed it back</source>
        <translation>%1 l&apos;a rendu</translation>
    </message>
    <message>
        <source>%1 is inactive</source>
        <translation>%1 est inactif</translation>
    </message>
    <message>
        <source>%1 is away until %2</source>
        <translation>%1 est absent jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>the account %1 already belongs to %2</source>
        <translation>le compte %1 appartient déjà à %2</translation>
    </message>
    <message>
        <source>the account %1 belongs to %2, but %3</source>
        <translation>le compte %1 appartient à %2, mais %3</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; (%2)</source>
        <translation>règle «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>%1 names %2</source>
        <translation>%1 désigne %2</translation>
    </message>
    <message>
        <source>; before that, %1</source>
        <translation>&#xa0;; auparavant, %1</translation>
    </message>
    <message>
        <source>%1 names %2, but %3</source>
        <translation>%1 désigne %2, mais %3</translation>
    </message>
    <message>
        <source>%1 sends it to a pool of %n</source>
        <translation>%1 l&apos;envoie à un groupe de %n</translation>
    </message>
    <message>
        <source>no routing rule is set up</source>
        <translation>aucune règle d&apos;attribution n&apos;est configurée</translation>
    </message>
    <message>
        <source>no routing rule placed it</source>
        <translation>aucune règle d&apos;attribution ne l&apos;a placé</translation>
    </message>
    <message>
        <source>%1, so all %n active reps share it</source>
        <translation>%1, donc les %n commerciaux actifs se le partagent</translation>
    </message>
    <message>
        <source>there are no active reps</source>
        <translation>il n&apos;y a aucun commercial actif</translation>
    </message>
    <message>
        <source>%1 does not cover %2</source>
        <translation>%1 ne couvre pas %2</translation>
    </message>
    <message>
        <source>%1, but %2</source>
        <translation>%1, mais %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>%1, round robin weighted by capacity and load: %2 had %3 of %4 this week, the lightest load</source>
        <translation>%1, tourniquet pondéré par capacité et charge&#xa0;: %2 avait %3 sur %4 cette semaine, la charge la plus faible</translation>
    </message>
    <message>
        <source>no set capacity</source>
        <translation>aucune capacité définie</translation>
    </message>
    <message>
        <source>; %1 more</source>
        <translation>&#xa0;; %1 de plus</translation>
    </message>
    <message>
        <source>this lead</source>
        <translation>ce prospect</translation>
    </message>
    <message>
        <source>Cannot read the rejected leads</source>
        <translation>Impossible de lire les prospects rejetés</translation>
    </message>
    <message>
        <source>nobody it could go to had room (%1), so it goes to the overflow, %2</source>
        <translation>aucun des commerciaux possibles n&apos;avait de capacité libre (%1), il va donc à %2 (débordement)</translation>
    </message>
    <message>
        <source>the overflow, %1, cannot take it either: %2</source>
        <translation>%1 (débordement) ne peut pas le prendre non plus&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nobody could take it: %1. It waits unassigned until someone has room or a manager assigns it.</source>
        <translation>Personne n&apos;a pu le prendre&#xa0;: %1. Il attend sans responsable jusqu&apos;à ce que quelqu&apos;un ait de la capacité libre ou qu&apos;un manager l&apos;attribue.</translation>
    </message>
    <message>
        <source>%1 is at capacity (%2 of %3 this week)</source>
        <translation>%1 est à pleine capacité (%2 sur %3 cette semaine)</translation>
    </message>
</context>
<context>
    <name>lf::RoutingRule</name>
    <message>
        <source>A routing rule needs a name.</source>
        <translation>Une règle d&apos;attribution doit avoir un nom.</translation>
    </message>
    <message>
        <source>Routing rule &quot;%1&quot; needs either one user or a pool of users.</source>
        <translation>La règle d&apos;attribution «&#xa0;%1&#xa0;» nécessite soit un utilisateur, soit un groupe d&apos;utilisateurs.</translation>
    </message>
    <message>
        <source>The first-contact deadline must be between 0 and 1000 business hours.</source>
        <translation>Le délai de premier contact doit être compris entre 0 et 1000 heures ouvrées.</translation>
    </message>
    <message>
        <source>Routing rule &quot;%1&quot;: %2</source>
        <translation>Règle d&apos;attribution «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>every lead</source>
        <translation>tous les prospects</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>lf::RoutingRuleDialog</name>
    <message>
        <source>Add routing rule</source>
        <translation>Ajouter une règle d&apos;attribution</translation>
    </message>
    <message>
        <source>Edit routing rule</source>
        <translation>Modifier la règle d&apos;attribution</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. DACH enterprise</source>
        <translation>p. ex. Grands comptes DACH</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Conditions, one per line</source>
        <translation>Conditions, une par ligne</translation>
    </message>
    <message>
        <source>One condition per line, all must hold; empty = every lead.
country in DE,AT
score &gt;= 60
employee_count 51..1000
title ~ director</source>
        <translation>Une condition par ligne, toutes doivent être remplies&#xa0;; vide = tous les prospects.
country in DE,AT
score &gt;= 60
employee_count 51..1000
title ~ director</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;One user:</source>
        <translation>&amp;Un utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Route to one user</source>
        <translation>Attribuer à un utilisateur</translation>
    </message>
    <message>
        <source>Target user</source>
        <translation>Utilisateur cible</translation>
    </message>
    <message>
        <source>A &amp;pool, round robin by capacity:</source>
        <translation>Un &amp;groupe, tourniquet selon la capacité&#xa0;:</translation>
    </message>
    <message>
        <source>Route to a pool</source>
        <translation>Attribuer à un groupe</translation>
    </message>
    <message>
        <source>Pool members</source>
        <translation>Membres du groupe</translation>
    </message>
    <message>
        <source>Goes to:</source>
        <translation>Attribué à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Own deadline:</source>
        <translation>&amp;Délai propre&#xa0;:</translation>
    </message>
    <message>
        <source>Own first-contact deadline</source>
        <translation>Délai de premier contact propre</translation>
    </message>
    <message>
        <source> business hours</source>
        <translation> heures ouvrées</translation>
    </message>
    <message>
        <source>First-contact deadline in business hours</source>
        <translation>Délai de premier contact en heures ouvrées</translation>
    </message>
    <message>
        <source>First contact:</source>
        <translation>Premier contact&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activée</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Problem with the rule</source>
        <translation>Problème avec la règle</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>lf::RoutingRuleModel</name>
    <message>
        <source>every lead</source>
        <translation>tous les prospects</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>pool: %1</source>
        <translation>groupe&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>First contact within</source>
        <translation>Premier contact sous</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
</context>
<context>
    <name>lf::RoutingRuleStore</name>
    <message>
        <source>Cannot read the routing rules</source>
        <translation>Impossible de lire les règles d&apos;attribution</translation>
    </message>
    <message>
        <source>Cannot add the routing rule</source>
        <translation>Impossible d&apos;ajouter la règle d&apos;attribution</translation>
    </message>
    <message>
        <source>Cannot save routing rule %1</source>
        <translation>Impossible d&apos;enregistrer la règle d&apos;attribution %1</translation>
    </message>
    <message>
        <source>There is no routing rule %1.</source>
        <translation>Il n&apos;existe aucune règle d&apos;attribution %1.</translation>
    </message>
    <message>
        <source>Cannot remove routing rule %1</source>
        <translation>Impossible de supprimer la règle d&apos;attribution %1</translation>
    </message>
    <message>
        <source>Cannot reorder the routing rules</source>
        <translation>Impossible de réordonner les règles d&apos;attribution</translation>
    </message>
</context>
<context>
    <name>lf::RoutingSettings</name>
    <message>
        <source>The setting %1 is &quot;%2&quot;; it must be mql or manual.</source>
        <translation>Le paramètre %1 vaut «&#xa0;%2&#xa0;»&#xa0;; il doit valoir mql ou manual.</translation>
    </message>
</context>
<context>
    <name>lf::RoutingSettingsWidget</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Add &amp;user…</source>
        <translation>Ajouter un &amp;utilisateur…</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Edit u&amp;ser…</source>
        <translation>Modifier l&apos;utili&amp;sateur…</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Modifier l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Routing rules (the first enabled rule that matches wins)</source>
        <translation>Règles d&apos;attribution (la première règle activée qui correspond l&apos;emporte)</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Règles d&apos;attribution</translation>
    </message>
    <message>
        <source>Add &amp;rule…</source>
        <translation>Ajouter une &amp;règle…</translation>
    </message>
    <message>
        <source>Add routing rule</source>
        <translation>Ajouter une règle d&apos;attribution</translation>
    </message>
    <message>
        <source>&amp;Edit rule…</source>
        <translation>&amp;Modifier la règle…</translation>
    </message>
    <message>
        <source>Edit routing rule</source>
        <translation>Modifier la règle d&apos;attribution</translation>
    </message>
    <message>
        <source>Re&amp;move rule</source>
        <translation>Supprimer la règ&amp;le</translation>
    </message>
    <message>
        <source>Remove routing rule</source>
        <translation>Supprimer la règle d&apos;attribution</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Move rule up</source>
        <translation>Monter la règle</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <source>Move rule down</source>
        <translation>Descendre la règle</translation>
    </message>
    <message>
        <source>How routing runs</source>
        <translation>Fonctionnement de l&apos;attribution</translation>
    </message>
    <message>
        <source>When a lead becomes MQL</source>
        <translation>Quand un prospect devient MQL</translation>
    </message>
    <message>
        <source>Only by hand (route / backlog)</source>
        <translation>Uniquement manuellement (route / backlog)</translation>
    </message>
    <message>
        <source>Routing trigger</source>
        <translation>Déclencheur de l&apos;attribution</translation>
    </message>
    <message>
        <source>&amp;Account-based: a lead whose company already has an owner goes to that owner</source>
        <translation>Par &amp;compte&#xa0;: un prospect dont l&apos;entreprise a déjà un responsable est attribué à ce responsable</translation>
    </message>
    <message>
        <source>Account-based routing</source>
        <translation>Attribution par compte</translation>
    </message>
    <message>
        <source>Reassign on SLA &amp;breach to the next eligible rep</source>
        <translation>Réattribuer au commercial éligible suivant en cas de &amp;dépassement du SLA</translation>
    </message>
    <message>
        <source>Reassign on SLA breach</source>
        <translation>Réattribuer en cas de dépassement du SLA</translation>
    </message>
    <message>
        <source>Save routing settin&amp;gs</source>
        <translation>Enre&amp;gistrer les paramètres d&apos;attribution</translation>
    </message>
    <message>
        <source>Save routing settings</source>
        <translation>Enregistrer les paramètres d&apos;attribution</translation>
    </message>
    <message>
        <source>Route &amp;leads:</source>
        <translation>Attribuer les &amp;prospects&#xa0;:</translation>
    </message>
    <message>
        <source>Routing status</source>
        <translation>État de l&apos;attribution</translation>
    </message>
    <message>
        <source>Add a user first.</source>
        <translation>Ajoutez d&apos;abord un utilisateur.</translation>
    </message>
    <message>
        <source>Added user %1.</source>
        <translation>Utilisateur %1 ajouté.</translation>
    </message>
    <message>
        <source>Saved user %1.</source>
        <translation>Utilisateur %1 enregistré.</translation>
    </message>
    <message>
        <source>Added routing rule “%1”.</source>
        <translation>Règle d&apos;attribution «&#xa0;%1&#xa0;» ajoutée.</translation>
    </message>
    <message>
        <source>Saved routing rule “%1”.</source>
        <translation>Règle d&apos;attribution «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>The rule cannot move there.</source>
        <translation>La règle ne peut pas être déplacée à cet endroit.</translation>
    </message>
    <message>
        <source>Moved “%1” to position %2.</source>
        <translation>«&#xa0;%1&#xa0;» déplacée en position %2.</translation>
    </message>
    <message>
        <source>Select a rule to remove.</source>
        <translation>Sélectionnez une règle à supprimer.</translation>
    </message>
    <message>
        <source>Removed routing rule “%1”.</source>
        <translation>Règle d&apos;attribution «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Saved the routing settings.</source>
        <translation>Paramètres d&apos;attribution enregistrés.</translation>
    </message>
</context>
<context>
    <name>lf::RowParser</name>
    <message>
        <source>unknown country</source>
        <translation>pays inconnu</translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation>statut inconnu</translation>
    </message>
    <message>
        <source>unreadable amount</source>
        <translation>montant illisible</translation>
    </message>
    <message>
        <source>unreadable date</source>
        <translation>date illisible</translation>
    </message>
    <message>
        <source>no way to contact and no name or company</source>
        <translation>aucun moyen de contact et aucun nom ni entreprise</translation>
    </message>
    <message>
        <source>no valid email or phone</source>
        <translation>aucun e-mail ni téléphone valide</translation>
    </message>
    <message>
        <source>malformed email</source>
        <translation>e-mail mal formé</translation>
    </message>
    <message>
        <source>phone number not recognised</source>
        <translation>numéro de téléphone non reconnu</translation>
    </message>
    <message>
        <source>the extra columns kept as custom fields are longer than %1 characters together</source>
        <translation>les colonnes supplémentaires conservées comme champs personnalisés dépassent %1 caractères au total</translation>
    </message>
</context>
<context>
    <name>lf::RuleImpact</name>
    <message>
        <source>This change would move 1 lead: </source>
        <translation>Cette modification déplacerait 1 prospect&#xa0;: </translation>
    </message>
    <message>
        <source>This change would move %1 leads: </source>
        <translation>Cette modification déplacerait %1 prospects&#xa0;: </translation>
    </message>
    <message>
        <source>%1 change grade, %2 become MQL, %3 fall below MQL.</source>
        <translation>%1 changent de note, %2 deviennent MQL, %3 passent sous le seuil MQL.</translation>
    </message>
    <message>
        <source>Mean score change %1 over 1 lead.</source>
        <translation>Variation moyenne du score de %1 sur 1 prospect.</translation>
    </message>
    <message>
        <source>Mean score change %1 over %2 leads.</source>
        <translation>Variation moyenne du score de %1 sur %2 prospects.</translation>
    </message>
</context>
<context>
    <name>lf::RulePreview</name>
    <message>
        <source>Cannot read the touchpoints</source>
        <translation>Impossible de lire les points de contact</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>L&apos;aperçu a été annulé.</translation>
    </message>
    <message>
        <source>Cannot count the leads</source>
        <translation>Impossible de compter les prospects</translation>
    </message>
    <message>
        <source>Cannot read the leads</source>
        <translation>Impossible de lire les prospects</translation>
    </message>
</context>
<context>
    <name>lf::SalesFeedbackDialog</name>
    <message>
        <source>Reject %1</source>
        <translation>Rejeter %1</translation>
    </message>
    <message>
        <source>Recycle %1</source>
        <translation>Recycler %1</translation>
    </message>
    <message>
        <source>Hand %1 back: say why, so marketing and routing learn from it.</source>
        <translation>Rendre %1&#xa0;: indiquez pourquoi, pour que le marketing et l&apos;attribution en tirent des leçons.</translation>
    </message>
    <message>
        <source>Give %1 back to marketing for nurturing until the time is right.</source>
        <translation>Rendre %1 au marketing pour maturation, jusqu&apos;à ce que le moment soit venu.</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>Ne correspond pas au profil</translation>
    </message>
    <message>
        <source>Wrong territory</source>
        <translation>Mauvais secteur</translation>
    </message>
    <message>
        <source>Cannot reach them</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Already a customer</source>
        <translation>Déjà client</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>No budget this year</source>
        <translation>Pas de budget cette année</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>Mauvais moment</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>Pas encore prêt</translation>
    </message>
    <message>
        <source>Went silent</source>
        <translation>Ne répond plus</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>To another rep</source>
        <translation>À un autre commercial</translation>
    </message>
    <message>
        <source>Back to marketing (nurturing)</source>
        <translation>Retour au marketing (maturation)</translation>
    </message>
    <message>
        <source>Send it:</source>
        <translation>Envoyer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Look again on</source>
        <translation>&amp;Revoir le</translation>
    </message>
    <message>
        <source>Look again on</source>
        <translation>Revoir le</translation>
    </message>
    <message>
        <source>Start the engagement score afresh</source>
        <translation>Repartir de zéro pour le score d&apos;engagement</translation>
    </message>
    <message>
        <source>Earlier touchpoints stop counting towards the score</source>
        <translation>Les points de contact antérieurs ne comptent plus dans le score</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Recycle</source>
        <translation>Recycler</translation>
    </message>
</context>
<context>
    <name>lf::ScoreCard</name>
    <message>
        <source>Score %1 = fit %2 + engagement %3; grade %4.</source>
        <translation>Score %1 = adéquation %2 + engagement %3&#xa0;; note %4.</translation>
    </message>
    <message>
        <source>Fit (the lead&apos;s fields):</source>
        <translation>Adéquation (champs du prospect)&#xa0;:</translation>
    </message>
    <message>
        <source>no fit rule applies</source>
        <translation>aucune règle d&apos;adéquation ne s&apos;applique</translation>
    </message>
    <message>
        <source>Engagement (touchpoints):</source>
        <translation>Engagement (points de contact)&#xa0;:</translation>
    </message>
    <message>
        <source>(%n touchpoint(s), %1 points</source>
        <translation>(%n point(s) de contact, %1 points</translation>
    </message>
    <message>
        <source>, %1 after decay with a %2-day half-life</source>
        <translation>, %1 après atténuation avec une demi-vie de %2 jours</translation>
    </message>
    <message>
        <source>, capped at %1</source>
        <translation>, plafonné à %1</translation>
    </message>
    <message>
        <source>no engagement rule applies</source>
        <translation>aucune règle d&apos;engagement ne s&apos;applique</translation>
    </message>
    <message>
        <source>engagement %1 held to the 0-100 range</source>
        <translation>engagement %1 limité à la plage 0-100</translation>
    </message>
    <message>
        <source>Decay took away %1 points; caps held back %2.</source>
        <translation>L&apos;atténuation a retiré %1 points&#xa0;; les plafonds ont retenu %2.</translation>
    </message>
</context>
<context>
    <name>lf::ScoringModel</name>
    <message>
        <source>Score %1 reached the MQL threshold %2 (qualification definition v%3).</source>
        <translation>Le score %1 a atteint le seuil MQL %2 (définition de qualification v%3).</translation>
    </message>
</context>
<context>
    <name>lf::ScoringRule</name>
    <message>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>Règle «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>A scoring rule needs a name.</source>
        <translation>Une règle de scoring doit avoir un nom.</translation>
    </message>
    <message>
        <source>points must not be 0.</source>
        <translation>les points ne doivent pas valoir 0.</translation>
    </message>
    <message>
        <source>points must be between -1000 and 1000.</source>
        <translation>les points doivent être compris entre -1000 et 1000.</translation>
    </message>
    <message>
        <source>an engagement rule looks at a touchpoint&apos;s type, channel or campaign, not &quot;%1&quot;.</source>
        <translation>une règle d&apos;engagement porte sur le type, le canal ou la campagne d&apos;un point de contact, pas sur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>an engagement rule needs the list of %1 values it counts.</source>
        <translation>une règle d&apos;engagement nécessite la liste des valeurs de %1 qu&apos;elle compte.</translation>
    </message>
    <message>
        <source>the cap must be between 1 and 1000 points.</source>
        <translation>le plafond doit être compris entre 1 et 1000 points.</translation>
    </message>
    <message>
        <source>the half-life must be between 0 and 3650 days (greater than 0).</source>
        <translation>la demi-vie doit être comprise entre 0 et 3650 jours (supérieure à 0).</translation>
    </message>
    <message>
        <source>cap and half-life belong to engagement rules; a fit rule scores the lead&apos;s fields once.</source>
        <translation>le plafond et la demi-vie concernent les règles d&apos;engagement&#xa0;; une règle d&apos;adéquation note les champs du prospect une seule fois.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead field (see `leadflow-cli fields`).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un champ de prospect (voir `leadflow-cli fields`).</translation>
    </message>
    <message>
        <source>%1 comes from the rules themselves; a rule cannot score it.</source>
        <translation>%1 provient des règles elles-mêmes&#xa0;; une règle ne peut pas le noter.</translation>
    </message>
    <message>
        <source>%1 tells where the lead stands in the funnel, not who it is; fit rules cannot use it.</source>
        <translation>%1 indique où en est le prospect dans l&apos;entonnoir, pas qui il est&#xa0;; les règles d&apos;adéquation ne peuvent pas l&apos;utiliser.</translation>
    </message>
    <message>
        <source>&quot;is one of&quot; needs at least one value.</source>
        <translation>«&#xa0;fait partie de&#xa0;» nécessite au moins une valeur.</translation>
    </message>
    <message>
        <source>&quot;is one of&quot; works on text fields; %1 is a number.</source>
        <translation>«&#xa0;fait partie de&#xa0;» s&apos;applique aux champs texte&#xa0;; %1 est un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pays.</translation>
    </message>
    <message>
        <source>a range needs a number field; %1 is text.</source>
        <translation>une plage nécessite un champ numérique&#xa0;; %1 est un texte.</translation>
    </message>
    <message>
        <source>&quot;at least&quot; needs a minimum.</source>
        <translation>«&#xa0;au moins&#xa0;» nécessite un minimum.</translation>
    </message>
    <message>
        <source>a range needs a minimum, a maximum or both.</source>
        <translation>une plage nécessite un minimum, un maximum ou les deux.</translation>
    </message>
    <message>
        <source>the minimum (%1) is above the maximum (%2).</source>
        <translation>le minimum (%1) est supérieur au maximum (%2).</translation>
    </message>
    <message>
        <source>&quot;matches&quot; works on text fields.</source>
        <translation>«&#xa0;correspond à&#xa0;» s&apos;applique aux champs texte.</translation>
    </message>
    <message>
        <source>the pattern &quot;%1&quot; is not a valid regular expression: %2.</source>
        <translation>le motif «&#xa0;%1&#xa0;» n&apos;est pas une expression régulière valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 fait partie de %2</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1 entre %2 et %3</translation>
    </message>
    <message>
        <source>%1 at least %2</source>
        <translation>%1 au moins %2</translation>
    </message>
    <message>
        <source>%1 at most %2</source>
        <translation>%1 au plus %2</translation>
    </message>
    <message>
        <source>%1 matches /%2/</source>
        <translation>%1 correspond à /%2/</translation>
    </message>
    <message>
        <source>%1 is given</source>
        <translation>%1 est renseigné</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: kind must be &quot;fit&quot; or &quot;engagement&quot;.</source>
        <translation>Règle «&#xa0;%1&#xa0;»&#xa0;: le type doit être «&#xa0;fit&#xa0;» ou «&#xa0;engagement&#xa0;».</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: operator must be one of in, range, at_least, matches, present.</source>
        <translation>Règle «&#xa0;%1&#xa0;»&#xa0;: l&apos;opérateur doit être l&apos;un des suivants&#xa0;: in, range, at_least, matches, present.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: %2 must be a number.</source>
        <translation>Règle «&#xa0;%1&#xa0;»&#xa0;: %2 doit être un nombre.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: cap must be a whole number.</source>
        <translation>Règle «&#xa0;%1&#xa0;»&#xa0;: cap doit être un nombre entier.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: enabled must be true or false.</source>
        <translation>Règle «&#xa0;%1&#xa0;»&#xa0;: enabled doit valoir true ou false.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: points must be a whole number.</source>
        <translation>Règle «&#xa0;%1&#xa0;»&#xa0;: points doit être un nombre entier.</translation>
    </message>
</context>
<context>
    <name>lf::ScoringRuleDialog</name>
    <message>
        <source>Add scoring rule</source>
        <translation>Ajouter une règle de scoring</translation>
    </message>
    <message>
        <source>Edit scoring rule</source>
        <translation>Modifier la règle de scoring</translation>
    </message>
    <message>
        <source>Fit (the lead&apos;s own fields)</source>
        <translation>Adéquation (champs propres du prospect)</translation>
    </message>
    <message>
        <source>Engagement (touchpoints)</source>
        <translation>Engagement (points de contact)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. Target industry</source>
        <translation>p. ex. Secteur cible</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Champ&#xa0;:</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>fait partie de</translation>
    </message>
    <message>
        <source>between (inclusive)</source>
        <translation>entre (inclus)</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>au moins</translation>
    </message>
    <message>
        <source>matches (regular expression)</source>
        <translation>correspond à (expression régulière)</translation>
    </message>
    <message>
        <source>has a value</source>
        <translation>a une valeur</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Opérateur&#xa0;:</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>comma-separated, e.g. Software, SaaS</source>
        <translation>séparées par des virgules, p. ex. Logiciel, SaaS</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Valeurs&#xa0;:</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Plage&#xa0;:</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>e.g. director|head of</source>
        <translation>p. ex. director|head of</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>P&amp;oints:</source>
        <translation>Poin&amp;ts&#xa0;:</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&amp;Cap (engagement):</source>
        <translation>P&amp;lafond (engagement)&#xa0;:</translation>
    </message>
    <message>
        <source>Half-life in days</source>
        <translation>Demi-vie en jours</translation>
    </message>
    <message>
        <source>no decay</source>
        <translation>aucune atténuation</translation>
    </message>
    <message>
        <source>&amp;Half-life, days (engagement):</source>
        <translation>&amp;Demi-vie, jours (engagement)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activée</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Problem with the rule</source>
        <translation>Problème avec la règle</translation>
    </message>
    <message>
        <source>Preview change</source>
        <translation>Aperçu de la modification</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Touchpoint type</source>
        <translation>Type de point de contact</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>The minimum</source>
        <translation>Le minimum</translation>
    </message>
    <message>
        <source>The maximum</source>
        <translation>Le maximum</translation>
    </message>
    <message>
        <source>The cap must be a whole number.</source>
        <translation>Le plafond doit être un nombre entier.</translation>
    </message>
    <message>
        <source>The half-life</source>
        <translation>La demi-vie</translation>
    </message>
</context>
<context>
    <name>lf::ScoringRuleModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Touchpoint type</source>
        <translation>Type de point de contact</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>fait partie de</translation>
    </message>
    <message>
        <source>between</source>
        <translation>entre</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>au moins</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>correspond à</translation>
    </message>
    <message>
        <source>has a value</source>
        <translation>a une valeur</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation>Demi-vie</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
</context>
<context>
    <name>lf::ScoringRuleStore</name>
    <message>
        <source>Cannot read the scoring rules</source>
        <translation>Impossible de lire les règles de scoring</translation>
    </message>
    <message>
        <source>There is no scoring rule %1.</source>
        <translation>Il n&apos;existe aucune règle de scoring %1.</translation>
    </message>
    <message>
        <source>Cannot add the scoring rule</source>
        <translation>Impossible d&apos;ajouter la règle de scoring</translation>
    </message>
    <message>
        <source>Cannot save scoring rule %1</source>
        <translation>Impossible d&apos;enregistrer la règle de scoring %1</translation>
    </message>
    <message>
        <source>Cannot remove scoring rule %1</source>
        <translation>Impossible de supprimer la règle de scoring %1</translation>
    </message>
    <message>
        <source>This is not a Leadflow scoring rules file (it needs &quot;format&quot;: &quot;leadflow-scoring-rules&quot; and a &quot;rules&quot; list).</source>
        <translation>Ce n&apos;est pas un fichier de règles de scoring Leadflow (il lui faut &quot;format&quot;: &quot;leadflow-scoring-rules&quot; et une liste &quot;rules&quot;).</translation>
    </message>
    <message>
        <source>These scoring rules were written by a newer Leadflow (format version %1).</source>
        <translation>Ces règles de scoring ont été écrites par une version plus récente de Leadflow (version de format %1).</translation>
    </message>
    <message>
        <source>Rule %1 of the file: %2</source>
        <translation>Règle %1 du fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot replace the scoring rules</source>
        <translation>Impossible de remplacer les règles de scoring</translation>
    </message>
</context>
<context>
    <name>lf::ScoringRulesEditor</name>
    <message>
        <source>Fit rules score a lead&apos;s own fields (the ideal customer profile); engagement rules give points for touchpoints, up to a cap, fading with a half-life. Every change is previewed before it is applied.</source>
        <translation>Les règles d&apos;adéquation notent les champs propres d&apos;un prospect (le profil de client idéal)&#xa0;; les règles d&apos;engagement donnent des points pour les points de contact, jusqu&apos;à un plafond, avec une atténuation selon une demi-vie. Chaque modification est prévisualisée avant d&apos;être appliquée.</translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation>Règles de scoring</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>Modifier la règle</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Enable or disable rule</source>
        <translation>Activer ou désactiver la règle</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import rules from JSON</source>
        <translation>Importer des règles depuis JSON</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export rules to JSON</source>
        <translation>Exporter les règles en JSON</translation>
    </message>
    <message>
        <source>Proposed change</source>
        <translation>Modification proposée</translation>
    </message>
    <message>
        <source>Leads this change would move</source>
        <translation>Prospects que cette modification déplacerait</translation>
    </message>
    <message>
        <source>A&amp;pply change</source>
        <translation>A&amp;ppliquer la modification</translation>
    </message>
    <message>
        <source>Apply change</source>
        <translation>Appliquer la modification</translation>
    </message>
    <message>
        <source>Dis&amp;card</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>Abandonner la modification</translation>
    </message>
    <message>
        <source>Scoring rules status</source>
        <translation>État des règles de scoring</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>Ac&amp;tiver</translation>
    </message>
    <message>
        <source>Import scoring rules</source>
        <translation>Importer des règles de scoring</translation>
    </message>
    <message>
        <source>Scoring rules (*.json);;All files (*)</source>
        <translation>Règles de scoring (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export scoring rules</source>
        <translation>Exporter les règles de scoring</translation>
    </message>
    <message>
        <source>Scoring rules (*.json)</source>
        <translation>Règles de scoring (*.json)</translation>
    </message>
    <message>
        <source>Add rule “%1”: %2, %3.</source>
        <translation>Ajouter la règle «&#xa0;%1&#xa0;»&#xa0;: %2, %3.</translation>
    </message>
    <message>
        <source>Enable rule “%1”.</source>
        <translation>Activer la règle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Disable rule “%1”.</source>
        <translation>Désactiver la règle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Change rule “%1”: %2, %3.</source>
        <translation>Modifier la règle «&#xa0;%1&#xa0;»&#xa0;: %2, %3.</translation>
    </message>
    <message>
        <source>Remove rule “%1”.</source>
        <translation>Supprimer la règle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2 at byte %3).</source>
        <translation>%1 n&apos;est pas un objet JSON (%2 à l&apos;octet %3).</translation>
    </message>
    <message>
        <source>%1 is not a Leadflow scoring rules export.</source>
        <translation>%1 n&apos;est pas une exportation de règles de scoring Leadflow.</translation>
    </message>
    <message>
        <source>Rule %1 in %2: %3</source>
        <translation>Règle %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Replace every rule with the %1 of %2.</source>
        <translation>Remplacer toutes les règles par les %1 de %2.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>%1 écrit dans %2.</translation>
    </message>
    <message>
        <source>Computing how many leads this change would move…</source>
        <translation>Calcul du nombre de prospects que cette modification déplacerait…</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>L&apos;aperçu a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no change to apply.</source>
        <translation>Aucune modification à appliquer.</translation>
    </message>
    <message>
        <source>Added rule “%1”.</source>
        <translation>Règle «&#xa0;%1&#xa0;» ajoutée.</translation>
    </message>
    <message>
        <source>Saved rule “%1”.</source>
        <translation>Règle «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Removed the rule.</source>
        <translation>Règle supprimée.</translation>
    </message>
    <message>
        <source>Replaced the scoring rules with %1 imported.</source>
        <translation>Règles de scoring remplacées par %1 règles importées.</translation>
    </message>
    <message>
        <source>%1 Rescoring every lead…</source>
        <translation>%1 Recalcul du score de tous les prospects…</translation>
    </message>
    <message>
        <source>%1 Rescoring failed: %2</source>
        <translation>%1 Échec du recalcul des scores&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 Rescored %2 leads: %3 changed, %4 moved to MQL.</source>
        <translation>%1 Scores de %2 prospects recalculés&#xa0;: %3 modifiés, %4 passés en MQL.</translation>
    </message>
</context>
<context>
    <name>lf::ScoringService</name>
    <message>
        <source>Leadflow scoring</source>
        <translation>Scoring Leadflow</translation>
    </message>
    <message>
        <source>%1 engagement rules are enabled; Leadflow scores with at most %2. Disable or merge some.</source>
        <translation>%1 règles d&apos;engagement sont activées&#xa0;; Leadflow en utilise au plus %2. Désactivez-en ou fusionnez-en certaines.</translation>
    </message>
    <message>
        <source>Cannot read lead %1&apos;s touchpoints</source>
        <translation>Impossible de lire les points de contact du prospect %1</translation>
    </message>
    <message>
        <source>Cannot save lead %1&apos;s score</source>
        <translation>Impossible d&apos;enregistrer le score du prospect %1</translation>
    </message>
    <message>
        <source>Rescoring needs an SQLite database.</source>
        <translation>Le recalcul des scores nécessite une base de données SQLite.</translation>
    </message>
    <message>
        <source>Cannot count the leads</source>
        <translation>Impossible de compter les prospects</translation>
    </message>
    <message>
        <source>Cannot read the touchpoints</source>
        <translation>Impossible de lire les points de contact</translation>
    </message>
    <message>
        <source>Cannot read the campaigns</source>
        <translation>Impossible de lire les campagnes</translation>
    </message>
    <message>
        <source>Rescoring was cancelled; no score changed.</source>
        <translation>Le recalcul des scores a été annulé&#xa0;; aucun score n&apos;a changé.</translation>
    </message>
    <message>
        <source>Cannot read the leads</source>
        <translation>Impossible de lire les prospects</translation>
    </message>
    <message>
        <source>Cannot save the scores</source>
        <translation>Impossible d&apos;enregistrer les scores</translation>
    </message>
    <message>
        <source>Cannot move a lead to MQL</source>
        <translation>Impossible de passer un prospect en MQL</translation>
    </message>
    <message>
        <source>Cannot write the stage history</source>
        <translation>Impossible d&apos;écrire l&apos;historique des étapes</translation>
    </message>
    <message>
        <source>Cannot write the audit log</source>
        <translation>Impossible d&apos;écrire le journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>lf::SegmentStore</name>
    <message>
        <source>Cannot list the saved segments</source>
        <translation>Impossible de lister les segments enregistrés</translation>
    </message>
    <message>
        <source>Cannot read the saved segments</source>
        <translation>Impossible de lire les segments enregistrés</translation>
    </message>
    <message>
        <source>There is no saved segment &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun segment enregistré «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A saved segment needs a name.</source>
        <translation>Un segment enregistré doit avoir un nom.</translation>
    </message>
    <message>
        <source>Cannot save the segment &quot;%1&quot;</source>
        <translation>Impossible d&apos;enregistrer le segment «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot delete the saved segment &quot;%1&quot;</source>
        <translation>Impossible de supprimer le segment enregistré «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>lf::Sequence</name>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un texte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false.</translation>
    </message>
    <message>
        <source>A sequence needs &quot;steps&quot;, a list of steps.</source>
        <translation>Une séquence nécessite &quot;steps&quot;, une liste d&apos;étapes.</translation>
    </message>
    <message>
        <source>Step %1 is not an object.</source>
        <translation>L&apos;étape %1 n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>lf::SequenceStep</name>
    <message>
        <source>email: %1</source>
        <translation>e-mail&#xa0;: %1</translation>
    </message>
    <message>
        <source>call: %1</source>
        <translation>appel&#xa0;: %1</translation>
    </message>
    <message>
        <source>A step&apos;s &quot;kind&quot; must be email, call or wait, not &quot;%1&quot;.</source>
        <translation>Le &quot;kind&quot; d&apos;une étape doit être email, call ou wait, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A step&apos;s &quot;wait_days&quot; must be a whole number of days.</source>
        <translation>Le &quot;wait_days&quot; d&apos;une étape doit être un nombre entier de jours.</translation>
    </message>
    <message>
        <source>A step&apos;s &quot;%1&quot; must be text.</source>
        <translation>Le &quot;%1&quot; d&apos;une étape doit être un texte.</translation>
    </message>
</context>
<context>
    <name>lf::SequencesEditor</name>
    <message>
        <source>Sequences</source>
        <translation>Séquences</translation>
    </message>
    <message>
        <source>Sequences and their steps</source>
        <translation>Séquences et leurs étapes</translation>
    </message>
    <message>
        <source>Sequence / step</source>
        <translation>Séquence / étape</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actives</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>New sequence</source>
        <translation>Nouvelle séquence</translation>
    </message>
    <message>
        <source>Sequence name</source>
        <translation>Nom de la séquence</translation>
    </message>
    <message>
        <source>e.g. E-book follow-up</source>
        <translation>p. ex. Suivi e-book</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Sequence description</source>
        <translation>Description de la séquence</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>Enrol leads that enter &amp;Nurturing by themselves</source>
        <translation>Inscrire les prospects qui passent d&apos;eux-mêmes à l&apos;étape En &amp;maturation</translation>
    </message>
    <message>
        <source>Enrol on nurturing</source>
        <translation>Inscription à l&apos;entrée en maturation</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Step kind</source>
        <translation>Type d&apos;étape</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Wait days</source>
        <translation>Jours d&apos;attente</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>Subject or call text</source>
        <translation>Objet ou texte de l&apos;appel</translation>
    </message>
    <message>
        <source>e.g. Your e-book, {{first_name|there}}</source>
        <translation>p. ex. Votre e-book, {{first_name|there}}</translation>
    </message>
    <message>
        <source>Su&amp;bject / call:</source>
        <translation>O&amp;bjet / appel&#xa0;:</translation>
    </message>
    <message>
        <source>Email body or call notes</source>
        <translation>Corps de l&apos;e-mail ou notes d&apos;appel</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Espaces réservés&#xa0;: %1</translation>
    </message>
    <message>
        <source>B&amp;ody / notes:</source>
        <translation>C&amp;orps / notes&#xa0;:</translation>
    </message>
    <message>
        <source>Problem with the step</source>
        <translation>Problème avec l&apos;étape</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>&amp;Supprimer l&apos;étape</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message>
        <source>Steps of the new sequence</source>
        <translation>Étapes de la nouvelle séquence</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Étapes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create sequence</source>
        <translation>&amp;Créer la séquence</translation>
    </message>
    <message>
        <source>Create sequence</source>
        <translation>Créer la séquence</translation>
    </message>
    <message>
        <source>Sequences status</source>
        <translation>État des séquences</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>enrols on Nurturing</source>
        <translation>inscrit à l&apos;entrée en maturation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>wait 1 day</source>
        <translation>attendre 1 jour</translation>
    </message>
    <message>
        <source>wait %1 days</source>
        <translation>attendre %1 jours</translation>
    </message>
    <message>
        <source>email: %1</source>
        <translation>e-mail&#xa0;: %1</translation>
    </message>
    <message>
        <source>call: %1</source>
        <translation>appel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>An email step needs a subject.</source>
        <translation>Une étape e-mail doit avoir un objet.</translation>
    </message>
    <message>
        <source>A call step needs a text.</source>
        <translation>Une étape appel doit avoir un texte.</translation>
    </message>
    <message>
        <source>An email step needs a body.</source>
        <translation>Une étape e-mail doit avoir un corps.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Created the sequence “%1” with %2 steps.</source>
        <translation>Séquence «&#xa0;%1&#xa0;» créée avec %2 étapes.</translation>
    </message>
</context>
<context>
    <name>lf::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Qualification</source>
        <translation>&amp;Qualification</translation>
    </message>
    <message>
        <source>Scoring &amp;rules</source>
        <translation>&amp;Règles de scoring</translation>
    </message>
    <message>
        <source>Routing &amp;&amp; &amp;users</source>
        <translation>Attribution &amp;&amp; &amp;utilisateurs</translation>
    </message>
    <message>
        <source>SLA &amp;hours</source>
        <translation>&amp;Heures SLA</translation>
    </message>
    <message>
        <source>Se&amp;quences</source>
        <translation>&amp;Séquences</translation>
    </message>
    <message>
        <source>This database is open read-only: %1</source>
        <translation>Cette base de données est ouverte en lecture seule&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lf::SlaHoursEditor</name>
    <message>
        <source>Business hours</source>
        <translation>Heures ouvrées</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation>Fuseau horaire du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is a business day</source>
        <translation>%1 est un jour ouvré</translation>
    </message>
    <message>
        <source>Business days:</source>
        <translation>Jours ouvrés&#xa0;:</translation>
    </message>
    <message>
        <source>Opening time</source>
        <translation>Heure d&apos;ouverture</translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation>Heure de fermeture</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Heures&#xa0;:</translation>
    </message>
    <message>
        <source> business hours</source>
        <translation> heures ouvrées</translation>
    </message>
    <message>
        <source>Default first-contact deadline</source>
        <translation>Délai de premier contact par défaut</translation>
    </message>
    <message>
        <source>&amp;Default first-contact deadline:</source>
        <translation>&amp;Délai de premier contact par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Business calendar summary</source>
        <translation>Résumé du calendrier ouvré</translation>
    </message>
    <message>
        <source>&amp;Save business hours</source>
        <translation>&amp;Enregistrer les heures ouvrées</translation>
    </message>
    <message>
        <source>Save business hours</source>
        <translation>Enregistrer les heures ouvrées</translation>
    </message>
    <message>
        <source>Holidays (no business hours on these dates)</source>
        <translation>Jours fériés (aucune heure ouvrée à ces dates)</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>Holiday date</source>
        <translation>Date du jour férié</translation>
    </message>
    <message>
        <source>name, e.g. New Year</source>
        <translation>nom, p. ex. Jour de l&apos;an</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>Nom du jour férié</translation>
    </message>
    <message>
        <source>&amp;Add holiday</source>
        <translation>&amp;Ajouter un jour férié</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Ajouter un jour férié</translation>
    </message>
    <message>
        <source>Re&amp;move holiday</source>
        <translation>&amp;Supprimer le jour férié</translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation>Supprimer le jour férié</translation>
    </message>
    <message>
        <source>SLA hours status</source>
        <translation>État des heures SLA</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire.</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Give the holiday a name.</source>
        <translation>Donnez un nom au jour férié.</translation>
    </message>
    <message>
        <source>Added the holiday %1 on %2.</source>
        <translation>Jour férié %1 ajouté pour le %2.</translation>
    </message>
    <message>
        <source>Removed the holiday on %1.</source>
        <translation>Jour férié du %1 supprimé.</translation>
    </message>
</context>
<context>
    <name>lf::TaskTableModel</name>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <source>No due time</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Aujourd&apos;hui %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Hier %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Demain %1</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Prospect %1</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1, étape %2</translation>
    </message>
    <message>
        <source>Overdue: due %1</source>
        <translation>En retard&#xa0;: échéance %1</translation>
    </message>
    <message>
        <source>Overdue, due %1</source>
        <translation>En retard, échéance %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Sequence step</source>
        <translation>Étape de séquence</translation>
    </message>
</context>
<context>
    <name>lf::TasksPage</name>
    <message>
        <source>My tasks</source>
        <translation>Mes tâches</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Whose tasks</source>
        <translation>Tâches de qui</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Which tasks</source>
        <translation>Quelles tâches</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À faire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Toutes les tâches ouvertes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Refresh the tasks</source>
        <translation>Actualiser les tâches</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Complete the task</source>
        <translation>Terminer la tâche</translation>
    </message>
    <message>
        <source>Mark the task done (Ctrl+D)</source>
        <translation>Marquer la tâche comme terminée (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Open lead</source>
        <translation>&amp;Ouvrir le prospect</translation>
    </message>
    <message>
        <source>Open the task&apos;s lead</source>
        <translation>Ouvrir le prospect de la tâche</translation>
    </message>
    <message>
        <source>Open the lead (Enter)</source>
        <translation>Ouvrir le prospect (Entrée)</translation>
    </message>
    <message>
        <source>Compose &amp;email</source>
        <translation>Rédiger l&apos;&amp;e-mail</translation>
    </message>
    <message>
        <source>Compose the task&apos;s email</source>
        <translation>Rédiger l&apos;e-mail de la tâche</translation>
    </message>
    <message>
        <source>Open the email in your mail client, mark the task done and log the email on the lead</source>
        <translation>Ouvrir l&apos;e-mail dans votre client de messagerie, marquer la tâche comme terminée et consigner l&apos;e-mail sur le prospect</translation>
    </message>
    <message>
        <source>Overdue first contacts</source>
        <translation>Premiers contacts en retard</translation>
    </message>
    <message>
        <source>Enter or double-click opens the lead.</source>
        <translation>Entrée ou un double-clic ouvre le prospect.</translation>
    </message>
    <message>
        <source>Leads assigned to this user that nobody has called, emailed or met yet, past their first-contact deadline.</source>
        <translation>Prospects attribués à cet utilisateur que personne n&apos;a encore appelés, contactés par e-mail ou rencontrés, après leur délai de premier contact.</translation>
    </message>
    <message>
        <source>Could not read the users: %1</source>
        <translation>Impossible de lire les utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Nobody (leads without an owner)</source>
        <translation>Personne (prospects sans responsable)</translation>
    </message>
    <message>
        <source>Could not bring the sequences up to date: %1</source>
        <translation>Impossible de mettre à jour les séquences&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the tasks: %1</source>
        <translation>Impossible de lire les tâches&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 tâche</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 tâches</translation>
    </message>
    <message>
        <source>%1, &lt;span style=&quot;color:%2&quot;&gt;&lt;b&gt;%3 overdue&lt;/b&gt;&lt;/span&gt;</source>
        <translation>%1, &lt;span style=&quot;color:%2&quot;&gt;&lt;b&gt;%3 en retard&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Rien à faire aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>No overdue tasks.</source>
        <translation>Aucune tâche en retard.</translation>
    </message>
    <message>
        <source>No tasks coming up.</source>
        <translation>Aucune tâche à venir.</translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation>Aucune tâche ouverte.</translation>
    </message>
    <message>
        <source>Could not read the overdue first contacts: %1</source>
        <translation>Impossible de lire les premiers contacts en retard&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 business hours late</source>
        <translation>%1 heures ouvrées de retard</translation>
    </message>
    <message>
        <source>%1
Due %2, %3</source>
        <translation>%1
Échéance %2, %3</translation>
    </message>
    <message>
        <source>Assigned %1; first contact was due %2.</source>
        <translation>Attribué %1&#xa0;; premier contact attendu %2.</translation>
    </message>
    <message>
        <source>&amp;Overdue first contacts (%1)</source>
        <translation>Premiers contacts en &amp;retard (%1)</translation>
    </message>
    <message>
        <source>&amp;Overdue first contacts</source>
        <translation>Premiers contacts en &amp;retard</translation>
    </message>
    <message>
        <source>None: every lead has been contacted in time.</source>
        <translation>Aucun&#xa0;: chaque prospect a été contacté à temps.</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>La base de données est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>The database is open read-only; tasks cannot be completed.</source>
        <translation>La base de données est ouverte en lecture seule&#xa0;; les tâches ne peuvent pas être terminées.</translation>
    </message>
    <message>
        <source>Done: %1 (%2); the email is logged on the lead.</source>
        <translation>Terminé&#xa0;: %1 (%2)&#xa0;; l&apos;e-mail est consigné sur le prospect.</translation>
    </message>
    <message>
        <source>Done: %1 (%2).</source>
        <translation>Terminé&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Only email tasks can be composed.</source>
        <translation>Seules les tâches e-mail peuvent être rédigées.</translation>
    </message>
    <message>
        <source>The database is open read-only; the email cannot be logged.</source>
        <translation>La base de données est ouverte en lecture seule&#xa0;; l&apos;e-mail ne peut pas être consigné.</translation>
    </message>
    <message>
        <source>No mail client opened the email to %1. The task stays open.</source>
        <translation>Aucun client de messagerie n&apos;a ouvert l&apos;e-mail à %1. La tâche reste ouverte.</translation>
    </message>
    <message>
        <source>The email to %1 is open in your mail client; the task is done and the email logged on the lead.</source>
        <translation>L&apos;e-mail à %1 est ouvert dans votre client de messagerie&#xa0;; la tâche est terminée et l&apos;e-mail consigné sur le prospect.</translation>
    </message>
    <message>
        <source>The lead has no value for %1; check the text before sending.</source>
        <translation>Le prospect n&apos;a pas de valeur pour %1&#xa0;; vérifiez le texte avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>The call was not logged; the task stays open.</source>
        <translation>L’appel n’a pas été enregistré&#xa0;; la tâche reste ouverte.</translation>
    </message>
    <message>
        <source>Done: %1 (%2); the call is logged on the lead.</source>
        <translation>Terminé&#xa0;: %1 (%2)&#xa0;; l’appel est enregistré sur le prospect.</translation>
    </message>
    <message>
        <source>Done: %1 (%2); the call (%3) is logged on the lead.</source>
        <translation>Terminé&#xa0;: %1 (%2)&#xa0;; l’appel (%3) est enregistré sur le prospect.</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Prospect</translation>
    </message>
    <message>
        <source>Act on the task&apos;s lead</source>
        <translation>Agir sur le prospect de la tâche</translation>
    </message>
    <message>
        <source>Log a call, email or meeting with the lead, or give sales feedback on it</source>
        <translation>Consigner un appel, un e-mail ou une réunion avec le prospect, ou donner le retour des ventes</translation>
    </message>
    <message>
        <source>Log &amp;call…</source>
        <translation>Consigner un &amp;appel…</translation>
    </message>
    <message>
        <source>Log &amp;email…</source>
        <translation>Consigner un &amp;e-mail…</translation>
    </message>
    <message>
        <source>Log &amp;meeting…</source>
        <translation>Consigner une &amp;réunion…</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>A&amp;ccepter</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <source>Rec&amp;ycle…</source>
        <translation>Rec&amp;ycler…</translation>
    </message>
    <message>
        <source>Logged on %1.</source>
        <translation>Consigné pour %1.</translation>
    </message>
    <message>
        <source>%1 accepted.</source>
        <translation>%1 accepté.</translation>
    </message>
    <message>
        <source>%1 handed back.</source>
        <translation>%1 rendu.</translation>
    </message>
    <message>
        <source>%1 is back with marketing.</source>
        <translation>%1 est revenu au marketing.</translation>
    </message>
</context>
<context>
    <name>lf::TimelineModel</name>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 modifié</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, par %2</translation>
    </message>
    <message>
        <source>%1: %2. %3, %4</source>
        <translation>%1&#xa0;: %2. %3, %4</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Changement d&apos;étape</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
</context>
<context>
    <name>lf::TouchpointImporter</name>
    <message>
        <source>The header row names &quot;%1&quot; twice (columns %2 and %3); rename one and import again. Nothing was imported.</source>
        <translation>La ligne d&apos;en-tête nomme «&#xa0;%1&#xa0;» deux fois (colonnes %2 et %3)&#xa0;; renommez-en une et relancez l&apos;importation. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Occurred At (or Date, Timestamp)</source>
        <translation>Occurred At (ou Date, Timestamp)</translation>
    </message>
    <message>
        <source>The file has no column for %1; touchpoints need an email, a type and a date. Nothing was imported.</source>
        <translation>Le fichier n&apos;a pas de colonne pour %1&#xa0;; les points de contact nécessitent un e-mail, un type et une date. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file has a header row but no touchpoints; nothing was imported.</source>
        <translation>Le fichier a une ligne d&apos;en-tête mais aucun point de contact&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Imports need the SQLite driver.</source>
        <translation>Les importations nécessitent le pilote SQLite.</translation>
    </message>
    <message>
        <source>Cannot prepare the import</source>
        <translation>Impossible de préparer l&apos;importation</translation>
    </message>
    <message>
        <source>Cannot record the import</source>
        <translation>Impossible d&apos;enregistrer l&apos;importation</translation>
    </message>
    <message>
        <source>import #%1</source>
        <translation>importation n° %1</translation>
    </message>
    <message>
        <source>Cannot read the touchpoints</source>
        <translation>Impossible de lire les points de contact</translation>
    </message>
    <message>
        <source>Cannot create the campaign &quot;%1&quot;</source>
        <translation>Impossible de créer la campagne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L&apos;importation a été annulée&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>an import of %1 by %2</source>
        <translation>une importation de %1 par %2</translation>
    </message>
</context>
<context>
    <name>lf::TouchpointService</name>
    <message>
        <source>&quot;%1&quot; is not a touchpoint type; use call, email, meeting, note, or a word such as demo_request (letters, digits, _).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de point de contact&#xa0;; utilisez call, email, meeting, note ou un mot tel que demo_request (lettres, chiffres, _).</translation>
    </message>
    <message>
        <source>A touchpoint cannot be logged in the future (%1).</source>
        <translation>Un point de contact ne peut pas être consigné dans le futur (%1).</translation>
    </message>
    <message>
        <source>Cannot read the campaigns</source>
        <translation>Impossible de lire les campagnes</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>Il n&apos;existe aucune campagne %1.</translation>
    </message>
    <message>
        <source>Cannot log the touchpoint</source>
        <translation>Impossible de consigner le point de contact</translation>
    </message>
    <message>
        <source>Cannot record the first contact</source>
        <translation>Impossible d&apos;enregistrer le premier contact</translation>
    </message>
    <message>
        <source>Cannot read lead %1&apos;s touchpoints</source>
        <translation>Impossible de lire les points de contact du prospect %1</translation>
    </message>
    <message>
        <source>Lead created</source>
        <translation>Prospect créé</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 modifié</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Stage %1 → %2</source>
        <translation>Étape %1 → %2</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Lead deleted</source>
        <translation>Prospect supprimé</translation>
    </message>
    <message>
        <source>Lead restored</source>
        <translation>Prospect restauré</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation>campagne %1</translation>
    </message>
    <message>
        <source>import #%1</source>
        <translation>importation n° %1</translation>
    </message>
    <message>
        <source>Cannot read lead %1&apos;s owners</source>
        <translation>Impossible de lire les responsables du prospect %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Attribué à %1</translation>
    </message>
    <message>
        <source>No longer with %1</source>
        <translation>Plus attribué à %1</translation>
    </message>
</context>
<context>
    <name>lf::Transaction</name>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Impossible de démarrer une transaction</translation>
    </message>
    <message>
        <source>No transaction to commit.</source>
        <translation>Aucune transaction à valider.</translation>
    </message>
    <message>
        <source>Saving failed; nothing was changed</source>
        <translation>L&apos;enregistrement a échoué&#xa0;; rien n&apos;a été modifié</translation>
    </message>
</context>
<context>
    <name>lf::User</name>
    <message>
        <source>A user needs a name.</source>
        <translation>Un utilisateur doit avoir un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Capacity must be between 0 and 100000 leads a week, not %1.</source>
        <translation>La capacité doit être comprise entre 0 et 100000 prospects par semaine, et non %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter ISO country code.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code pays ISO à deux lettres.</translation>
    </message>
</context>
<context>
    <name>lf::UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Modifier l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. Maria Schmidt</source>
        <translation>p. ex. Maria Schmidt</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>e.g. maria@example.com</source>
        <translation>p. ex. maria@example.com</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source> leads / week</source>
        <translation> prospects / semaine</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Capacity per week</source>
        <translation>Capacité par semaine</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ountries:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>ISO codes, e.g. DE, AT; empty = all</source>
        <translation>codes ISO, p. ex. DE, AT&#xa0;; vide = tous</translation>
    </message>
    <message>
        <source>&amp;Industries:</source>
        <translation>&amp;Secteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>empty = all</source>
        <translation>vide = tous</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>Pro&amp;duits&#xa0;:</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Manager&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Active (receives leads)</source>
        <translation>&amp;Actif (reçoit des prospects)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>A&amp;way from</source>
        <translation>Absent d&amp;u</translation>
    </message>
    <message>
        <source>Record an absence</source>
        <translation>Enregistrer une absence</translation>
    </message>
    <message>
        <source>Away from</source>
        <translation>Absent du</translation>
    </message>
    <message>
        <source>Away until</source>
        <translation>Absent jusqu&apos;au</translation>
    </message>
    <message>
        <source>note, e.g. holiday</source>
        <translation>remarque, p. ex. congés</translation>
    </message>
    <message>
        <source>Absence note</source>
        <translation>Remarque sur l&apos;absence</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Absence:</source>
        <translation>Absence&#xa0;:</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>Recorded absences</source>
        <translation>Absences enregistrées</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>Enregistrées&#xa0;:</translation>
    </message>
    <message>
        <source>Problem with the user</source>
        <translation>Problème avec l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>The absence must end after it starts.</source>
        <translation>L&apos;absence doit se terminer après son début.</translation>
    </message>
    <message>
        <source>The user was saved, the absence was not: %1</source>
        <translation>L&apos;utilisateur a été enregistré, mais pas l&apos;absence&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lf::UserModel</name>
    <message>
        <source>Rep</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>%1 / week</source>
        <translation>%1 / semaine</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
</context>
<context>
    <name>lf::UserService</name>
    <message>
        <source>There is already a user with the email %1.</source>
        <translation>Il existe déjà un utilisateur avec l&apos;e-mail %1.</translation>
    </message>
    <message>
        <source>Cannot add the user</source>
        <translation>Impossible d&apos;ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <source>A user cannot be their own manager.</source>
        <translation>Un utilisateur ne peut pas être son propre manager.</translation>
    </message>
    <message>
        <source>Cannot save user %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Il n&apos;existe aucun utilisateur %1.</translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation>Impossible de lire les utilisateurs</translation>
    </message>
    <message>
        <source>Give a user: an id, an email or a name.</source>
        <translation>Indiquez un utilisateur&#xa0;: un id, un e-mail ou un nom.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; (give an id, an email or a name).</source>
        <translation>Il n&apos;existe aucun utilisateur «&#xa0;%1&#xa0;» (indiquez un id, un e-mail ou un nom).</translation>
    </message>
    <message>
        <source>Several users are called &quot;%1&quot;: %2. Give the id or the email.</source>
        <translation>Plusieurs utilisateurs s&apos;appellent «&#xa0;%1&#xa0;»&#xa0;: %2. Indiquez l&apos;id ou l&apos;e-mail.</translation>
    </message>
    <message>
        <source>An absence needs a start before its end.</source>
        <translation>Une absence doit commencer avant de se terminer.</translation>
    </message>
    <message>
        <source>Cannot save the absence</source>
        <translation>Impossible d&apos;enregistrer l&apos;absence</translation>
    </message>
    <message>
        <source>Cannot read the absences</source>
        <translation>Impossible de lire les absences</translation>
    </message>
    <message>
        <source>Cannot remove the absences</source>
        <translation>Impossible de supprimer les absences</translation>
    </message>
    <message>
        <source>Cannot end the absence</source>
        <translation>Impossible de terminer l&apos;absence</translation>
    </message>
</context>
<context>
    <name>lf::WriterActivity</name>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>%1 is running on this database; waiting…</source>
        <translation>%1 est en cours sur cette base de données&#xa0;; attente…</translation>
    </message>
</context>
<context>
    <name>lf::bulk</name>
    <message>
        <source>Cannot read the indexes of %1</source>
        <translation>Impossible de lire les index de %1</translation>
    </message>
    <message>
        <source>Cannot prepare the table %1 for the import</source>
        <translation>Impossible de préparer la table %1 pour l&apos;importation</translation>
    </message>
    <message>
        <source>Cannot build an index after the import</source>
        <translation>Impossible de construire un index après l&apos;importation</translation>
    </message>
    <message>
        <source>Cannot read the trigger %1</source>
        <translation>Impossible de lire le déclencheur %1</translation>
    </message>
    <message>
        <source>Cannot prepare the database for the import</source>
        <translation>Impossible de préparer la base de données pour l&apos;importation</translation>
    </message>
    <message>
        <source>Cannot restore the database after the import</source>
        <translation>Impossible de rétablir la base de données après l&apos;importation</translation>
    </message>
    <message>
        <source>Cannot update the statistics of %1 after the import</source>
        <translation>Impossible de mettre à jour les statistiques de %1 après l&apos;importation</translation>
    </message>
    <message>
        <source>The disk is full: the database cannot grow. Nothing was imported; free some space and import again.</source>
        <translation>Le disque est plein&#xa0;: la base de données ne peut plus grossir. Rien n&apos;a été importé&#xa0;; libérez de l&apos;espace et relancez l&apos;importation.</translation>
    </message>
    <message>
        <source>Line %1 could not be saved</source>
        <translation>La ligne %1 n&apos;a pas pu être enregistrée</translation>
    </message>
</context>
<context>
    <name>lf::bulk::RejectedRowsFile</name>
    <message>
        <source>Leadflow rejection reason</source>
        <translation>Motif de rejet Leadflow</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
</context>
</TS>
