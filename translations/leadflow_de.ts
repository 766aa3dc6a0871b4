<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AutomationReport</name>
    <message>
        <source>%n lead score changed</source>
        <translation>%n Lead-Score geändert</translation>
    </message>
    <message>
        <source>%n lead scores changed</source>
        <translation>%n Lead-Scores geändert</translation>
    </message>
    <message>
        <source>%n new MQL</source>
        <translation>%n neues MQL</translation>
    </message>
    <message>
        <source>%n new MQLs</source>
        <translation>%n neue MQLs</translation>
    </message>
    <message>
        <source>%n recycled lead back for review</source>
        <translation>%n zurückgeführter Lead wieder zur Prüfung vorgelegt</translation>
    </message>
    <message>
        <source>%n recycled leads back for review</source>
        <translation>%n zurückgeführte Leads wieder zur Prüfung vorgelegt</translation>
    </message>
    <message>
        <source>%n of them MQL again</source>
        <translation>davon %n wieder MQL</translation>
    </message>
    <message>
        <source>%n first-contact deadline missed</source>
        <translation>%n Erstkontakt-Frist versäumt</translation>
    </message>
    <message>
        <source>%n first-contact deadlines missed</source>
        <translation>%n Erstkontakt-Fristen versäumt</translation>
    </message>
    <message>
        <source>%n escalated</source>
        <translation>%n eskaliert</translation>
    </message>
    <message>
        <source>%n reassigned</source>
        <translation>%n neu zugewiesen</translation>
    </message>
    <message>
        <source>%n nurture task made</source>
        <translation>%n Pflege-Aufgabe erstellt</translation>
    </message>
    <message>
        <source>%n nurture tasks made</source>
        <translation>%n Pflege-Aufgaben erstellt</translation>
    </message>
    <message>
        <source>%n sequence completed</source>
        <translation>%n Sequenz abgeschlossen</translation>
    </message>
    <message>
        <source>%n sequences completed</source>
        <translation>%n Sequenzen abgeschlossen</translation>
    </message>
    <message>
        <source>%n sequence left</source>
        <translation>%n Sequenz verlassen</translation>
    </message>
    <message>
        <source>%n sequences left</source>
        <translation>%n Sequenzen verlassen</translation>
    </message>
    <message>
        <source>%n task closed because its lead moved on</source>
        <translation>%n Aufgabe geschlossen, weil ihr Lead schon weiter ist</translation>
    </message>
    <message>
        <source>%n tasks closed because their leads moved on</source>
        <translation>%n Aufgaben geschlossen, weil ihre Leads schon weiter sind</translation>
    </message>
    <message>
        <source>%n task came due</source>
        <translation>%n Aufgabe fällig geworden</translation>
    </message>
    <message>
        <source>%n tasks came due</source>
        <translation>%n Aufgaben fällig geworden</translation>
    </message>
    <message>
        <source>%n waiting MQL routed</source>
        <translation>%n wartender MQL zugewiesen</translation>
    </message>
    <message>
        <source>%n waiting MQLs routed</source>
        <translation>%n wartende MQLs zugewiesen</translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>Leads cannot be sorted by %1.</source>
        <translation>Leads können nicht nach %1 sortiert werden.</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>nowhere, it is closed</source>
        <translation>keine, der Lead ist abgeschlossen</translation>
    </message>
    <message>
        <source>A lead cannot move from %1 to %2; from %1 it can go to: %3.</source>
        <translation>Ein Lead kann nicht von %1 nach %2 wechseln; mögliche Ziele von %1 aus: %3.</translation>
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
        <translation>&amp;Entscheidungsbefugnis</translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation>Be&amp;darf</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitrahmen</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <source>Cannot clear the first-contact deadline</source>
        <translation>Die Erstkontakt-Frist kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Lead %1 has no owner to accept or reject it.</source>
        <translation>Lead %1 hat keine zuständige Person, die ihn annehmen oder ablehnen könnte.</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>sample data</source>
        <translation>Beispieldaten</translation>
    </message>
</context>
<context>
    <name>ScoringRuleDialog</name>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 muss eine Zahl sein.</translation>
    </message>
</context>
<context>
    <name>ScoringRulesEditor</name>
    <message>
        <source>%1 point</source>
        <translation>%1 Punkt</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>1 rule</source>
        <translation>1 Regel</translation>
    </message>
    <message>
        <source>%1 rules</source>
        <translation>%1 Regeln</translation>
    </message>
</context>
<context>
    <name>SequencesEditor</name>
    <message>
        <source>Step %1&apos;s subject</source>
        <translation>Betreff von Schritt %1</translation>
    </message>
    <message>
        <source>Step %1&apos;s call text</source>
        <translation>Anruftext von Schritt %1</translation>
    </message>
    <message>
        <source>Step %1&apos;s body</source>
        <translation>Text von Schritt %1</translation>
    </message>
    <message>
        <source>Step %1&apos;s notes</source>
        <translation>Notizen von Schritt %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Cannot save the setting %1</source>
        <translation>Die Einstellung %1 kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Marketing qualified</source>
        <translation>Marketing-qualifiziert</translation>
    </message>
    <message>
        <source>Sales qualified</source>
        <translation>Vertriebsqualifiziert</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Nurturing</source>
        <translation>In Pflege</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Disqualifiziert</translation>
    </message>
</context>
<context>
    <name>lf</name>
    <message>
        <source>Cannot read the campaigns</source>
        <translation>Die Kampagnen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read import %1</source>
        <translation>Import %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>Es gibt keinen Import %1.</translation>
    </message>
    <message>
        <source>Import %1 brought %2, not campaigns.</source>
        <translation>Import %1 enthielt %2, keine Kampagnen.</translation>
    </message>
    <message>
        <source>Import %1 was already undone.</source>
        <translation>Import %1 wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Import %1 never finished.</source>
        <translation>Import %1 wurde nie abgeschlossen.</translation>
    </message>
    <message>
        <source>Import %1 cannot be undone: touchpoints or leads now use campaigns it created (%2). Undo the imports that brought them first. Nothing was undone.</source>
        <translation>Import %1 kann nicht rückgängig gemacht werden: Kontaktpunkte oder Leads verwenden inzwischen Kampagnen, die er angelegt hat (%2). Machen Sie zuerst die Importe rückgängig, die diese gebracht haben. Es wurde nichts rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Import %1 cannot be undone: campaigns it created or updated were changed since (%2). Nothing was undone.</source>
        <translation>Import %1 kann nicht rückgängig gemacht werden: Kampagnen, die er angelegt oder aktualisiert hat, wurden seitdem geändert (%2). Es wurde nichts rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Cannot restore campaign %1</source>
        <translation>Kampagne %1 kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Cannot remove campaign %1</source>
        <translation>Kampagne %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot record the undo of import %1</source>
        <translation>Das Rückgängigmachen von Import %1 kann nicht protokolliert werden</translation>
    </message>
    <message>
        <source>The import could not be written</source>
        <translation>Der Import konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The header row names &quot;%1&quot; twice (columns %2 and %3); rename one and import again. Nothing was imported.</source>
        <translation>Die Kopfzeile nennt „%1“ zweimal (Spalten %2 und %3); benennen Sie eine davon um und importieren Sie erneut. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>The mapping has %1 columns but the file has %2.</source>
        <translation>Die Zuordnung hat %1 Spalten, die Datei aber %2.</translation>
    </message>
    <message>
        <source>Column mapped to %1, which Leadflow keeps itself.</source>
        <translation>Spalte ist dem Feld %1 zugeordnet, das Leadflow selbst verwaltet.</translation>
    </message>
    <message>
        <source>Import %1 cannot be undone: leads it updated were changed since (%2). Nothing was undone.</source>
        <translation>Import %1 kann nicht rückgängig gemacht werden: Leads, die er aktualisiert hat, wurden seitdem geändert (%2). Es wurde nichts rückgängig gemacht.</translation>
    </message>
    <message>
        <source>undo of import #%1</source>
        <translation>Rückgängigmachen von Import #%1</translation>
    </message>
    <message>
        <source>Cannot remove the leads of import %1</source>
        <translation>Die Leads von Import %1 können nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot read the imports</source>
        <translation>Die Importe können nicht gelesen werden</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>keine E-Mail</translation>
    </message>
    <message>
        <source>no lead with this email</source>
        <translation>kein Lead mit dieser E-Mail</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>kein Typ</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>unreadable date</source>
        <translation>unlesbares Datum</translation>
    </message>
    <message>
        <source>Cannot read the leads</source>
        <translation>Die Leads können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Import %1 brought %2, not touchpoints.</source>
        <translation>Import %1 enthielt %2, keine Kontaktpunkte.</translation>
    </message>
    <message>
        <source>Cannot remove the touchpoints of import %1</source>
        <translation>Die Kontaktpunkte von Import %1 können nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot remove the campaigns of import %1</source>
        <translation>Die Kampagnen von Import %1 können nicht entfernt werden</translation>
    </message>
    <message>
        <source>The saved filter &quot;%1&quot; has a value Leadflow cannot read.</source>
        <translation>Der gespeicherte Filter „%1“ enthält einen Wert, den Leadflow nicht lesen kann.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country Leadflow knows; use a country name or its two-letter ISO code.</source>
        <translation>„%1“ ist kein Land, das Leadflow kennt; verwenden Sie einen Ländernamen oder den zweibuchstabigen ISO-Code.</translation>
    </message>
    <message>
        <source>A lead needs at least a name, a company, an email or a phone number.</source>
        <translation>Ein Lead braucht mindestens einen Namen, eine Firma, eine E-Mail-Adresse oder eine Telefonnummer.</translation>
    </message>
    <message>
        <source>The field %1 is kept by Leadflow and cannot be set.</source>
        <translation>Das Feld %1 wird von Leadflow verwaltet und kann nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>Cannot write the audit log</source>
        <translation>Das Audit-Protokoll kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot write the stage history</source>
        <translation>Der Phasenverlauf kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Moving a lead to %1 needs a reason, one of: %2.</source>
        <translation>Um einen Lead nach %1 zu verschieben, ist ein Grund nötig, einer von: %2.</translation>
    </message>
    <message>
        <source>&quot;%3&quot; is not a reason for %1; use one of: %2 (the list is part of the qualification definition).</source>
        <translation>„%3“ ist kein Grund für %1; verwenden Sie einen von: %2 (die Liste ist Teil der Qualifizierungsdefinition).</translation>
    </message>
    <message>
        <source>Lead %1 cannot be SQL yet: the qualification definition (v%2) asks for %3, and it lacks %4. Fill in the BANT fields first.</source>
        <translation>Lead %1 kann noch nicht SQL sein: Die Qualifizierungsdefinition (v%2) verlangt %3, und es fehlt %4. Füllen Sie zuerst die BANT-Felder aus.</translation>
    </message>
    <message>
        <source>The saved segment &quot;%1&quot; cannot be read: %2.</source>
        <translation>Das gespeicherte Segment „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The saved segment &quot;%1&quot; cannot be read: %2</source>
        <translation>Das gespeicherte Segment „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Cannot read task %1</source>
        <translation>Aufgabe %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>Es gibt keine Aufgabe %1.</translation>
    </message>
    <message>
        <source>Task %1 is for lead %2, which is deleted; restore the lead first.</source>
        <translation>Aufgabe %1 gehört zu Lead %2, der gelöscht ist; stellen Sie zuerst den Lead wieder her.</translation>
    </message>
    <message>
        <source>Task %1 is no longer to be done: lead %2 left the sequence &quot;%3&quot; (%4).</source>
        <translation>Aufgabe %1 ist nicht mehr zu erledigen: Lead %2 hat die Sequenz „%3“ verlassen (%4).</translation>
    </message>
    <message>
        <source>Setting %1 = &quot;%2&quot;: %3</source>
        <translation>Einstellung %1 = „%2“: %3</translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation>Die Benutzer können nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Es gibt keinen Benutzer %1.</translation>
    </message>
    <message>
        <source>%1 cannot be managed by someone who reports to them.</source>
        <translation>%1 kann nicht jemandem unterstellt werden, der selbst an diese Person berichtet.</translation>
    </message>
    <message>
        <source>There is no user %1 to be the manager.</source>
        <translation>Es gibt keinen Benutzer %1, der als Vorgesetzte(r) eingetragen werden könnte.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>The smoothing of the predictive score must be a number above 0, not %1.</source>
        <translation>Die Glättung des prädiktiven Scores muss eine Zahl größer als 0 sein, nicht %1.</translation>
    </message>
    <message>
        <source>The predictive score cannot use the stage, since the stage is what it predicts; leave it out of the fields.</source>
        <translation>Der prädiktive Score kann die Phase nicht verwenden, da er genau die Phase vorhersagt; lassen Sie sie bei den Feldern weg.</translation>
    </message>
    <message>
        <source>The predictive score cannot use %1; choose other fields.</source>
        <translation>Der prädiktive Score kann %1 nicht verwenden; wählen Sie andere Felder.</translation>
    </message>
    <message>
        <source>The field %1 is chosen twice for the predictive score; choose it once.</source>
        <translation>Das Feld %1 ist für den prädiktiven Score zweimal gewählt; wählen Sie es nur einmal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of texts.</source>
        <translation>„%1“ muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>„%1“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Cannot move lead %1 to MQL</source>
        <translation>Lead %1 kann nicht nach MQL verschoben werden</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The file %1 is read-only.</source>
        <translation>Die Datei %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only.</source>
        <translation>Der Ordner %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The database could not be set up</source>
        <translation>Die Datenbank konnte nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Cannot compute the metrics</source>
        <translation>Die Kennzahlen können nicht berechnet werden</translation>
    </message>
    <message>
        <source>Cannot compute the metrics: no SQLite connection.</source>
        <translation>Die Kennzahlen können nicht berechnet werden: keine SQLite-Verbindung.</translation>
    </message>
    <message>
        <source>Cannot compute the metrics: a second connection to the database could not be opened (%1).</source>
        <translation>Die Kennzahlen können nicht berechnet werden: Eine zweite Verbindung zur Datenbank konnte nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters; Leadflow keeps no longer value, so that every export can be imported again.</source>
        <translation>%1 ist länger als %2 Zeichen; Leadflow speichert keine längeren Werte, damit sich jeder Export wieder importieren lässt.</translation>
    </message>
    <message>
        <source>%1 cannot be marked won without a deal value; enter the value first.</source>
        <translation>%1 kann ohne Auftragswert nicht als gewonnen markiert werden; geben Sie zuerst den Wert ein.</translation>
    </message>
    <message>
        <source>Cannot read the overdue leads</source>
        <translation>Die überfälligen Leads können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2.</source>
        <translation>Die Datenbank %1 kann nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <source>%1: rows from id %2 on were unreadable</source>
        <translation>%1: Zeilen ab ID %2 waren nicht lesbar</translation>
    </message>
</context>
<context>
    <name>lf::AutomationLock</name>
    <message>
        <source>Cannot read who runs the automation</source>
        <translation>Es kann nicht gelesen werden, wer die Automatisierung ausführt</translation>
    </message>
    <message>
        <source>Cannot take the automation lease</source>
        <translation>Die Automatisierungssperre kann nicht übernommen werden</translation>
    </message>
    <message>
        <source>Cannot renew the automation lease</source>
        <translation>Die Automatisierungssperre kann nicht verlängert werden</translation>
    </message>
    <message>
        <source>Another runner took over the automation (this one was too slow or was thought gone); the rest of this pass is left to it.</source>
        <translation>Ein anderer Prozess hat die Automatisierung übernommen (dieser war zu langsam oder galt als beendet); den Rest dieses Durchlaufs erledigt er.</translation>
    </message>
</context>
<context>
    <name>lf::AutomationPass</name>
    <message>
        <source>Leadflow automation</source>
        <translation>Leadflow-Automatisierung</translation>
    </message>
    <message>
        <source>Cannot read the recycled leads that are due</source>
        <translation>Die fälligen zurückgeführten Leads können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot close the tasks of leads that moved on</source>
        <translation>Die Aufgaben von Leads, die schon weiter sind, können nicht geschlossen werden</translation>
    </message>
    <message>
        <source>Cannot read the tasks that came due</source>
        <translation>Die fällig gewordenen Aufgaben können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot log the automation pass</source>
        <translation>Der Automatisierungsdurchlauf kann nicht protokolliert werden</translation>
    </message>
    <message>
        <source>Cannot read the automation log</source>
        <translation>Das Automatisierungsprotokoll kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the unassigned MQLs</source>
        <translation>Die nicht zugewiesenen MQLs können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>lf::AutomationReport</name>
    <message>
        <source>Another runner (%1) is doing the due work.</source>
        <translation>Ein anderer Prozess (%1) erledigt die fälligen Arbeiten.</translation>
    </message>
    <message>
        <source>follow-up work finished for %1</source>
        <translation>Nacharbeiten für %1 erledigt</translation>
    </message>
    <message>
        <source>engagement decay brought up to date</source>
        <translation>Abklingen des Engagements aktualisiert</translation>
    </message>
    <message>
        <source>Nothing was due.</source>
        <translation>Nichts war fällig.</translation>
    </message>
</context>
<context>
    <name>lf::AutomationStatus</name>
    <message>
        <source>Due work: not run yet</source>
        <translation>Fällige Arbeiten: noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>Leadflow runs the due work (first-contact deadlines, score decay, nurture steps, reminders) every minute while it is open.</source>
        <translation>Leadflow erledigt die fälligen Arbeiten (Erstkontakt-Fristen, Abklingen der Scores, Pflege-Schritte, Erinnerungen) jede Minute, solange es geöffnet ist.</translation>
    </message>
    <message>
        <source>Due work: done elsewhere (%1)</source>
        <translation>Fällige Arbeiten: anderswo erledigt (%1)</translation>
    </message>
    <message>
        <source>Due work done at %1</source>
        <translation>Fällige Arbeiten um %1 erledigt</translation>
    </message>
    <message>
        <source>Nothing due at %1</source>
        <translation>Um %1 nichts fällig</translation>
    </message>
    <message>
        <source>Last run at %1: %2
Leadflow runs the due work every minute while it is open.</source>
        <translation>Letzter Lauf um %1: %2
Leadflow erledigt die fälligen Arbeiten jede Minute, solange es geöffnet ist.</translation>
    </message>
    <message>
        <source>Due work failed at %1</source>
        <translation>Fällige Arbeiten um %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1
It is tried again in a minute; nothing was lost.</source>
        <translation>%1
In einer Minute wird es erneut versucht; nichts ging verloren.</translation>
    </message>
</context>
<context>
    <name>lf::Backtest</name>
    <message>
        <source>The period must have a start before its end.</source>
        <translation>Der Zeitraum muss vor seinem Ende beginnen.</translation>
    </message>
    <message>
        <source>The threshold must be at least 1.</source>
        <translation>Der Schwellenwert muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Cannot read the leads of the period</source>
        <translation>Die Leads des Zeitraums können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the touchpoints of the period</source>
        <translation>Die Kontaktpunkte des Zeitraums können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>lf::BacktestResult</name>
    <message>
        <source>Threshold %1 on leads created %2 to %3 (end exclusive):</source>
        <translation>Schwellenwert %1 für Leads, erstellt %2 bis %3 (Ende ausgeschlossen):</translation>
    </message>
    <message>
        <source>leads in the period:      %1</source>
        <translation>Leads im Zeitraum:                  %1</translation>
    </message>
    <message>
        <source>would have become MQL:    %1 (won %2, lost %3, still open %4)</source>
        <translation>wären MQL geworden:                 %1 (gewonnen %2, verloren %3, noch offen %4)</translation>
    </message>
    <message>
        <source>stayed below:             %1 (won %2, lost %3, still open %4)</source>
        <translation>blieben darunter:                   %1 (gewonnen %2, verloren %3, noch offen %4)</translation>
    </message>
    <message>
        <source>win rate of MQLs:         %1</source>
        <translation>Abschlussquote der MQLs:            %1</translation>
    </message>
    <message>
        <source>win rate of the rest:     %1</source>
        <translation>Abschlussquote der übrigen:         %1</translation>
    </message>
    <message>
        <source>wins the threshold caught: %1</source>
        <translation>vom Schwellenwert erfasste Gewinne: %1</translation>
    </message>
</context>
<context>
    <name>lf::BusinessCalendar</name>
    <message>
        <source>Cannot read the business calendar settings</source>
        <translation>Die Einstellungen des Geschäftskalenders können nicht gelesen werden</translation>
    </message>
    <message>
        <source>that is not a time zone this system knows. Use an IANA name such as Europe/Berlin or America/New_York, or leave it empty for the system time zone.</source>
        <translation>das ist keine Zeitzone, die dieses System kennt. Verwenden Sie einen IANA-Namen wie Europe/Berlin oder America/New_York, oder lassen Sie das Feld leer, um die Zeitzone des Systems zu verwenden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weekday number. List ISO weekdays separated by commas, 1 for Monday to 7 for Sunday, for example 1,2,3,4,5.</source>
        <translation>„%1“ ist keine Wochentagsnummer. Geben Sie ISO-Wochentage durch Kommas getrennt an, 1 für Montag bis 7 für Sonntag, zum Beispiel 1,2,3,4,5.</translation>
    </message>
    <message>
        <source>write the opening and closing time as HH:mm-HH:mm, for example 09:00-17:00.</source>
        <translation>geben Sie Öffnungs- und Schließzeit als HH:mm-HH:mm an, zum Beispiel 09:00-17:00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day. Write the opening and closing time as HH:mm-HH:mm, for example 09:00-17:00.</source>
        <translation>„%1“ ist keine Uhrzeit. Geben Sie Öffnungs- und Schließzeit als HH:mm-HH:mm an, zum Beispiel 09:00-17:00.</translation>
    </message>
    <message>
        <source>the default deadline must be a number of business hours, for example 4 or 0.5.</source>
        <translation>die Standardfrist muss eine Anzahl von Geschäftsstunden sein, zum Beispiel 4 oder 0.5.</translation>
    </message>
    <message>
        <source>Choose at least one business day; without one no deadline could ever be reached.</source>
        <translation>Wählen Sie mindestens einen Geschäftstag; ohne ihn könnte nie eine Frist erreicht werden.</translation>
    </message>
    <message>
        <source>%1 is not a weekday; use 1 for Monday to 7 for Sunday.</source>
        <translation>%1 ist kein Wochentag; verwenden Sie 1 für Montag bis 7 für Sonntag.</translation>
    </message>
    <message>
        <source>Opening and closing time must both be times of day between 00:00 and 23:59.</source>
        <translation>Öffnungs- und Schließzeit müssen beide Uhrzeiten zwischen 00:00 und 23:59 sein.</translation>
    </message>
    <message>
        <source>Closing time (%2) must come after opening time (%1) on the same day; business hours across midnight are not supported.</source>
        <translation>Die Schließzeit (%2) muss am selben Tag nach der Öffnungszeit (%1) liegen; Geschäftszeiten über Mitternacht hinweg werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The default deadline must be more than 0 business hours, for example 4 or 0.5 (it is %1).</source>
        <translation>Die Standardfrist muss mehr als 0 Geschäftsstunden betragen, zum Beispiel 4 oder 0.5 (sie beträgt %1).</translation>
    </message>
    <message>
        <source>no holidays</source>
        <translation>keine Feiertage</translation>
    </message>
    <message>
        <source>1 holiday</source>
        <translation>1 Feiertag</translation>
    </message>
    <message>
        <source>%n holidays</source>
        <translation>%n Feiertage</translation>
    </message>
    <message>
        <source>%1 %2-%3 %4, %5</source>
        <translation>%1 %2-%3 %4, %5</translation>
    </message>
    <message>
        <source>Choose a valid date for the holiday.</source>
        <translation>Wählen Sie ein gültiges Datum für den Feiertag.</translation>
    </message>
    <message>
        <source>Cannot save the holiday on %1</source>
        <translation>Der Feiertag am %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Choose a valid date for the holiday to remove.</source>
        <translation>Wählen Sie ein gültiges Datum für den zu entfernenden Feiertag.</translation>
    </message>
    <message>
        <source>Cannot remove the holiday on %1</source>
        <translation>Der Feiertag am %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>There is no holiday on %1; nothing was removed. List the holidays to see which days are set.</source>
        <translation>Am %1 ist kein Feiertag eingetragen; es wurde nichts entfernt. Lassen Sie die Feiertage auflisten, um zu sehen, welche Tage eingetragen sind.</translation>
    </message>
    <message>
        <source>Cannot read the holidays</source>
        <translation>Die Feiertage können nicht gelesen werden</translation>
    </message>
    <message>
        <source>The holidays table holds &quot;%1&quot;, which is not a date written as YYYY-MM-DD; correct or delete that row of the holidays table.</source>
        <translation>Die Feiertagstabelle enthält „%1“, das kein Datum im Format YYYY-MM-DD ist; korrigieren oder löschen Sie diese Zeile der Feiertagstabelle.</translation>
    </message>
</context>
<context>
    <name>lf::CampaignImporter</name>
    <message>
        <source>The header row names &quot;%1&quot; twice (columns %2 and %3); rename one and import again. Nothing was imported.</source>
        <translation>Die Kopfzeile nennt „%1“ zweimal (Spalten %2 und %3); benennen Sie eine davon um und importieren Sie erneut. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>The file has no column with campaign names (headed Campaign, Campaign Name or Name); nothing was imported.</source>
        <translation>Die Datei hat keine Spalte mit Kampagnennamen (Überschrift Campaign, Campaign Name oder Name); es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file has a header row but no campaigns; nothing was imported.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Kampagnen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cannot record the import</source>
        <translation>Der Import kann nicht protokolliert werden</translation>
    </message>
    <message>
        <source>Cannot prepare the import</source>
        <translation>Der Import kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>no campaign name</source>
        <translation>kein Kampagnenname</translation>
    </message>
    <message>
        <source>unreadable cost</source>
        <translation>unlesbare Kosten</translation>
    </message>
    <message>
        <source>negative cost</source>
        <translation>negative Kosten</translation>
    </message>
    <message>
        <source>currency is not a three-letter code</source>
        <translation>Währung ist kein dreibuchstabiger Code</translation>
    </message>
    <message>
        <source>Line %1 could not be saved</source>
        <translation>Zeile %1 konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>lf::Condition</name>
    <message>
        <source>&quot;%1&quot; is not a lead field (see `leadflow-cli fields`).</source>
        <translation>„%1“ ist kein Lead-Feld (siehe `leadflow-cli fields`).</translation>
    </message>
    <message>
        <source>The condition on %1 needs at least one value.</source>
        <translation>Die Bedingung für %1 braucht mindestens einen Wert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage.</source>
        <translation>„%1“ ist keine Phase.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country.</source>
        <translation>„%1“ ist kein Land.</translation>
    </message>
    <message>
        <source>%1 is not a number field; compare it with &quot;in&quot; or &quot;matches&quot;.</source>
        <translation>%1 ist kein Zahlenfeld; vergleichen Sie es mit „in“ oder „matches“.</translation>
    </message>
    <message>
        <source>The condition on %1 needs a minimum or a maximum.</source>
        <translation>Die Bedingung für %1 braucht ein Minimum oder ein Maximum.</translation>
    </message>
    <message>
        <source>The condition on %1 has its minimum above its maximum.</source>
        <translation>Bei der Bedingung für %1 liegt das Minimum über dem Maximum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2.</source>
        <translation>„%1“ ist kein gültiger regulärer Ausdruck: %2.</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 ist eines von %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 ist keines von %2</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1 zwischen %2 und %3</translation>
    </message>
    <message>
        <source>%1 at least %2</source>
        <translation>%1 mindestens %2</translation>
    </message>
    <message>
        <source>%1 at most %2</source>
        <translation>%1 höchstens %2</translation>
    </message>
    <message>
        <source>%1 matches /%2/</source>
        <translation>%1 passt zu /%2/</translation>
    </message>
    <message>
        <source>%1 is given</source>
        <translation>%1 ist angegeben</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operator; use in, not_in, range, at_least, matches, present or absent.</source>
        <translation>„%1“ ist kein Operator; verwenden Sie in, not_in, range, at_least, matches, present oder absent.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range such as 51..1000.</source>
        <translation>„%1“ ist kein Bereich wie 51..1000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a condition; write e.g. &quot;country in DE,AT&quot;, &quot;score &gt;= 60&quot;, &quot;employee_count 51..1000&quot;, &quot;title ~ director&quot;, &quot;phone_e164 present&quot;.</source>
        <translation>„%1“ ist keine Bedingung; schreiben Sie z. B. „country in DE,AT“, „score &gt;= 60“, „employee_count 51..1000“, „title ~ director“, „phone_e164 present“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>lf::ConflictDialog</name>
    <message>
        <source>Lead Changed Meanwhile — %1</source>
        <translation>Lead zwischenzeitlich geändert — %1</translation>
    </message>
    <message>
        <source>&amp;Save with These Choices</source>
        <translation>Mit dieser Auswahl &amp;speichern</translation>
    </message>
    <message>
        <source>Keep All &amp;Mine</source>
        <translation>Alle &amp;meine behalten</translation>
    </message>
    <message>
        <source>Take All &amp;Theirs</source>
        <translation>Alle &amp;anderen übernehmen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Zwischenzeitlich gespeichert</translation>
    </message>
    <message>
        <source>You and someone else both changed %1.</source>
        <translation>Sie und jemand anderes haben beide %1 geändert.</translation>
    </message>
    <message>
        <source>%1 (as you saw it)</source>
        <translation>%1 (wie Sie es gesehen haben)</translation>
    </message>
    <message>
        <source>Keep mine for %1</source>
        <translation>Meine für %1 behalten</translation>
    </message>
    <message>
        <source>Take theirs for %1</source>
        <translation>Andere für %1 übernehmen</translation>
    </message>
    <message>
        <source>Someone else saved this lead while you were editing it, but not in the fields you changed. Save to apply your changes on top of theirs.</source>
        <translation>Jemand anderes hat diesen Lead gespeichert, während Sie ihn bearbeitet haben, jedoch nicht in den Feldern, die Sie geändert haben. Speichern Sie, um Ihre Änderungen zusätzlich zu den anderen zu übernehmen.</translation>
    </message>
    <message>
        <source>Someone else saved this lead while you were editing it. For each field below, pick the version to keep, then save.</source>
        <translation>Jemand anderes hat diesen Lead gespeichert, während Sie ihn bearbeitet haben. Wählen Sie für jedes Feld unten die Version, die erhalten bleiben soll, und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Your changes to %1 are saved as well.</source>
        <translation>Ihre Änderungen an %1 werden ebenfalls gespeichert.</translation>
    </message>
    <message>
        <source>The lead was changed again meanwhile. Check the fields and save again.</source>
        <translation>Der Lead wurde zwischenzeitlich erneut geändert. Prüfen Sie die Felder und speichern Sie erneut.</translation>
    </message>
</context>
<context>
    <name>lf::DashboardPage</name>
    <message>
        <source>Unknown period.</source>
        <translation>Unbekannter Zeitraum.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>This month to date</source>
        <translation>Dieser Monat bis heute</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This quarter to date</source>
        <translation>Dieses Quartal bis heute</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>This year to date</source>
        <translation>Dieses Jahr bis heute</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>From (first day included)</source>
        <translation>Von (erster Tag eingeschlossen)</translation>
    </message>
    <message>
        <source>To (last day included)</source>
        <translation>Bis (letzter Tag eingeschlossen)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Show the figures of a saved segment&apos;s leads only.</source>
        <translation>Nur die Kennzahlen der Leads eines gespeicherten Segments anzeigen.</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>Funnel:</source>
        <translation>Trichter:</translation>
    </message>
    <message>
        <source>C&amp;ohort</source>
        <translation>K&amp;ohorte</translation>
    </message>
    <message>
        <source>Cohort view</source>
        <translation>Kohortenansicht</translation>
    </message>
    <message>
        <source>Leads created in the period, however far they got.</source>
        <translation>Im Zeitraum erstellte Leads, egal wie weit sie gekommen sind.</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <source>Activity view</source>
        <translation>Aktivitätsansicht</translation>
    </message>
    <message>
        <source>Stage entries that happened in the period, whoever made them.</source>
        <translation>Phaseneintritte im Zeitraum, unabhängig davon, wer sie vorgenommen hat.</translation>
    </message>
    <message>
        <source>Calculating</source>
        <translation>Wird berechnet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>Dashboard aktualisieren</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Dashboard exportieren</translation>
    </message>
    <message>
        <source>As PNG &amp;image…</source>
        <translation>Als PNG-&amp;Bild…</translation>
    </message>
    <message>
        <source>As P&amp;DF document…</source>
        <translation>Als P&amp;DF-Dokument…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Dashboard period</source>
        <translation>Dashboard-Zeitraum</translation>
    </message>
    <message>
        <source>Lead conversion rate</source>
        <translation>Lead-Konversionsrate</translation>
    </message>
    <message>
        <source>Leads created in the period that reached opportunity.</source>
        <translation>Im Zeitraum erstellte Leads, die die Phase Verkaufschance erreicht haben.</translation>
    </message>
    <message>
        <source>MQL → SQL</source>
        <translation>MQL → SQL</translation>
    </message>
    <message>
        <source>Cohort: reached SQL of those that reached MQL.</source>
        <translation>Kohorte: SQL erreicht, bezogen auf die, die MQL erreicht haben.</translation>
    </message>
    <message>
        <source>SQL → won</source>
        <translation>SQL → gewonnen</translation>
    </message>
    <message>
        <source>Cohort: reached won of those that reached SQL.</source>
        <translation>Kohorte: gewonnen, bezogen auf die, die SQL erreicht haben.</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Abschlussquote</translation>
    </message>
    <message>
        <source>Won ÷ (won + lost), deals closed in the period.</source>
        <translation>Gewonnen ÷ (gewonnen + verloren), im Zeitraum abgeschlossene Deals.</translation>
    </message>
    <message>
        <source>Lead velocity rate</source>
        <translation>Lead-Velocity-Rate</translation>
    </message>
    <message>
        <source>Growth of MQL entries in the period&apos;s last month over the month before.</source>
        <translation>Wachstum der MQL-Eintritte im letzten Monat des Zeitraums gegenüber dem Vormonat.</translation>
    </message>
    <message>
        <source>Median sales cycle</source>
        <translation>Verkaufszyklus (Median)</translation>
    </message>
    <message>
        <source>Lead created → won, deals won in the period.</source>
        <translation>Lead erstellt → gewonnen, im Zeitraum gewonnene Deals.</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>Assignments made in the period: first contact in time ÷ (in time + late).</source>
        <translation>Zuweisungen im Zeitraum: Erstkontakt rechtzeitig ÷ (rechtzeitig + verspätet).</translation>
    </message>
    <message>
        <source>Median time to first contact</source>
        <translation>Zeit bis zum Erstkontakt (Median)</translation>
    </message>
    <message>
        <source>Assignment → first contact, assignments made in the period.</source>
        <translation>Zuweisung → Erstkontakt, Zuweisungen im Zeitraum.</translation>
    </message>
    <message>
        <source>Pipeline value</source>
        <translation>Pipeline-Wert</translation>
    </message>
    <message>
        <source>Open SQLs and opportunities now.</source>
        <translation>Aktuell offene SQLs und Verkaufschancen.</translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation>Gewichtete Prognose</translation>
    </message>
    <message>
        <source>Open pipeline weighted by stage probability.</source>
        <translation>Offene Pipeline, gewichtet nach Phasenwahrscheinlichkeit.</translation>
    </message>
    <message>
        <source>Conversion and lead velocity by month</source>
        <translation>Konversion und Lead-Velocity nach Monat</translation>
    </message>
    <message>
        <source>Conversion and lead velocity trend</source>
        <translation>Trend von Konversion und Lead-Velocity</translation>
    </message>
    <message>
        <source>Forecast by expected close month (weighted)</source>
        <translation>Prognose nach erwartetem Abschlussmonat (gewichtet)</translation>
    </message>
    <message>
        <source>Forecast by expected close month</source>
        <translation>Prognose nach erwartetem Abschlussmonat</translation>
    </message>
    <message>
        <source>Campaigns: leads and cost per lead</source>
        <translation>Kampagnen: Leads und Kosten pro Lead</translation>
    </message>
    <message>
        <source>Leads by campaign</source>
        <translation>Leads nach Kampagne</translation>
    </message>
    <message>
        <source>Leads by source</source>
        <translation>Leads nach Quelle</translation>
    </message>
    <message>
        <source>First-contact SLA by owner</source>
        <translation>Erstkontakt-SLA nach zuständiger Person</translation>
    </message>
    <message>
        <source>SLA compliance by owner</source>
        <translation>SLA-Einhaltung nach zuständiger Person</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Alle Leads</translation>
    </message>
    <message>
        <source>The saved segments could not be read: %1</source>
        <translation>Die gespeicherten Segmente konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation>Das Dashboard konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>%1 – %2 · %3 view</source>
        <translation>%1 – %2 · Ansicht: %3</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>%1 · segment “%2”</source>
        <translation>%1 · Segment „%2“</translation>
    </message>
    <message>
        <source>Funnel: leads created in the period, by furthest stage</source>
        <translation>Trichter: im Zeitraum erstellte Leads, nach weitester Phase</translation>
    </message>
    <message>
        <source>Funnel: stage entries in the period</source>
        <translation>Trichter: Phaseneintritte im Zeitraum</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 von %2 %3</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>MQLs</source>
        <translation>MQLs</translation>
    </message>
    <message>
        <source>SQLs</source>
        <translation>SQLs</translation>
    </message>
    <message>
        <source>%1 won, %2 lost</source>
        <translation>%1 gewonnen, %2 verloren</translation>
    </message>
    <message>
        <source>MQLs in %1: %2 (month before: %3)</source>
        <translation>MQLs im %1: %2 (Vormonat: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) won</source>
        <translation>
            <numerusform>%n Deal gewonnen</numerusform>
            <numerusform>%n Deals gewonnen</numerusform>
        </translation>
    </message>
    <message>
        <source>in time</source>
        <translation>rechtzeitig</translation>
    </message>
    <message>
        <source>median, assignment → contact</source>
        <translation>Median, Zuweisung → Kontakt</translation>
    </message>
    <message>
        <source>open SQLs and opportunities</source>
        <translation>offene SQLs und Verkaufschancen</translation>
    </message>
    <message>
        <source>by stage probability</source>
        <translation>nach Phasenwahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Lead conversion rate %</source>
        <translation>Lead-Konversionsrate %</translation>
    </message>
    <message>
        <source>Lead velocity rate %</source>
        <translation>Lead-Velocity-Rate %</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Velocity</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>No leads in these months</source>
        <translation>Keine Leads in diesen Monaten</translation>
    </message>
    <message>
        <source>Thousands</source>
        <translation>Tausend</translation>
    </message>
    <message>
        <source>%1 thousands</source>
        <translation>%1 Tausend</translation>
    </message>
    <message numerus="yes">
        <source>Forecast by expected close month: %1 in %Ln deal(s)</source>
        <translation>
            <numerusform>Prognose nach erwartetem Abschlussmonat: %1 in %Ln Deal</numerusform>
            <numerusform>Prognose nach erwartetem Abschlussmonat: %1 in %Ln Deals</numerusform>
        </translation>
    </message>
    <message>
        <source>No open deals expected to close in these months</source>
        <translation>Keine offenen Deals mit erwartetem Abschluss in diesen Monaten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue deal(s) counted in this month.</source>
        <translation>
            <numerusform>%Ln überfälliger Deal in diesem Monat mitgezählt.</numerusform>
            <numerusform>%Ln überfällige Deals in diesem Monat mitgezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) with no close estimate left out.</source>
        <translation>
            <numerusform>%Ln Deal ohne Abschlussschätzung nicht berücksichtigt.</numerusform>
            <numerusform>%Ln Deals ohne Abschlussschätzung nicht berücksichtigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) in another currency left out.</source>
        <translation>
            <numerusform>%Ln Deal in anderer Währung nicht berücksichtigt.</numerusform>
            <numerusform>%Ln Deals in anderer Währung nicht berücksichtigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>%1 / lead</source>
        <translation>%1 / Lead</translation>
    </message>
    <message>
        <source>no leads</source>
        <translation>keine Leads</translation>
    </message>
    <message>
        <source>no cost</source>
        <translation>keine Kosten</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Leads created in the period</source>
        <translation>Im Zeitraum erstellte Leads</translation>
    </message>
    <message>
        <source>No campaign leads in this period</source>
        <translation>Keine Kampagnen-Leads in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1 · %2 converted</source>
        <translation>%1 · %2 konvertiert</translation>
    </message>
    <message>
        <source>No leads in this period</source>
        <translation>Keine Leads in diesem Zeitraum</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>Rechtzeitig</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Assignments made in the period</source>
        <translation>Zuweisungen im Zeitraum</translation>
    </message>
    <message>
        <source>No assignments with an SLA in this period</source>
        <translation>Keine Zuweisungen mit SLA in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation>Das Bild %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Leadflow dashboard: %1</source>
        <translation>Leadflow-Dashboard: %1</translation>
    </message>
    <message>
        <source>Could not write the PDF %1.</source>
        <translation>Das PDF %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export dashboard as PNG</source>
        <translation>Dashboard als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation>Dashboard exportieren</translation>
    </message>
    <message>
        <source>Export dashboard as PDF</source>
        <translation>Dashboard als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>lf::Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 is not a Leadflow database (it is not an SQLite file). The file was left unchanged.</source>
        <translation>%1 ist keine Leadflow-Datenbank (es ist keine SQLite-Datei). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Leadflow database. The file was left unchanged.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine Leadflow-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Leadflow (schema version %2; this version reads up to %3). Update Leadflow to open it. The file was left unchanged.</source>
        <translation>%1 wurde von einer neueren Leadflow-Version geschrieben (Schemaversion %2; diese Version liest bis %3). Aktualisieren Sie Leadflow, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database was opened read-only.</source>
        <translation>Die Datenbank wurde schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation>Die Schemaversion kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to schema version %2 but is read-only (%3)</source>
        <translation>%1 muss auf Schemaversion %2 aktualisiert werden, ist aber schreibgeschützt (%3)</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed; nothing was changed: %2</source>
        <translation>Die Aktualisierung der Datenbank auf Schemaversion %1 ist fehlgeschlagen; es wurde nichts geändert: %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot configure the database</source>
        <translation>Die Datenbank kann nicht konfiguriert werden</translation>
    </message>
    <message>
        <source>The database is read-only; nothing was changed. %1</source>
        <translation>Die Datenbank ist schreibgeschützt; es wurde nichts geändert. %1</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Leadflow database.</source>
        <translation>%1 ist eine leere Datei, keine Leadflow-Datenbank.</translation>
    </message>
    <message>
        <source>%1 Leadflow writes its -wal and -shm files beside the database: make the folder writable, or copy the database to a writable folder.</source>
        <translation>%1 Leadflow legt seine -wal- und -shm-Dateien neben der Datenbank an: Machen Sie den Ordner beschreibbar oder kopieren Sie die Datenbank in einen beschreibbaren Ordner.</translation>
    </message>
</context>
<context>
    <name>lf::DatabaseHealth</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>a row refers to a missing one: %1</source>
        <translation>eine Zeile verweist auf eine fehlende: %1</translation>
    </message>
    <message>
        <source>the quick-search index: %1</source>
        <translation>der Schnellsuchindex: %1</translation>
    </message>
    <message>
        <source>%1 exists; recovery writes a new file and replaces none.</source>
        <translation>%1 existiert bereits; die Wiederherstellung schreibt eine neue Datei und ersetzt keine.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2 rows of lost records left out</source>
        <translation>%1: %2 Zeilen verlorener Datensätze ausgelassen</translation>
    </message>
    <message>
        <source>Cannot rebuild the search index</source>
        <translation>Der Suchindex kann nicht neu aufgebaut werden</translation>
    </message>
    <message>
        <source>The recovered database %1 is not sound either: %2</source>
        <translation>Auch die wiederhergestellte Datenbank %1 ist nicht in Ordnung: %2</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2). Nothing was changed. `leadflow-cli check --db %1` lists the damage; `leadflow-cli recover --db %1 NEW-FILE` saves what can be read into a new database.</source>
        <translation>Die Datenbankdatei %1 ist beschädigt (%2). Es wurde nichts geändert. `leadflow-cli check --db %1` listet die Schäden auf; `leadflow-cli recover --db %1 NEW-FILE` speichert alles noch Lesbare in einer neuen Datenbank.</translation>
    </message>
</context>
<context>
    <name>lf::FileGuard</name>
    <message>
        <source>%1 is a file of the open database %2; Leadflow does not read it as an input file.</source>
        <translation>%1 ist eine Datei der geöffneten Datenbank %2; Leadflow liest sie nicht als Eingabedatei.</translation>
    </message>
    <message>
        <source>No file name was given to write to.</source>
        <translation>Es wurde kein Dateiname zum Schreiben angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name to write to.</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen zum Schreiben an.</translation>
    </message>
    <message>
        <source>%1 is a file of the open database %2; writing there would destroy the database. Nothing was written: choose another file name.</source>
        <translation>%1 ist eine Datei der geöffneten Datenbank %2; dorthin zu schreiben würde die Datenbank zerstören. Es wurde nichts geschrieben: Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 is the file being read; writing there would destroy it. Nothing was written: choose another file name.</source>
        <translation>%1 ist die Datei, die gerade gelesen wird; dorthin zu schreiben würde sie zerstören. Es wurde nichts geschrieben: Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>lf::FirstRunDialog</name>
    <message>
        <source>Welcome to Leadflow</source>
        <translation>Willkommen bei Leadflow</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Leadflow&lt;/h3&gt;&lt;p&gt;Your lead database is empty. How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Willkommen bei Leadflow&lt;/h3&gt;&lt;p&gt;Ihre Lead-Datenbank ist leer. Wie möchten Sie beginnen?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Load sample leads</source>
        <translation>Beispiel-Leads laden</translation>
    </message>
    <message>
        <source>A realistic set of made-up leads, to look around and try things out. You can delete them later.</source>
        <translation>Ein realistischer Satz erfundener Leads, um sich umzusehen und Dinge auszuprobieren. Sie können sie später löschen.</translation>
    </message>
    <message>
        <source>The sample leads are not part of this build.</source>
        <translation>Die Beispiel-Leads sind in diesem Build nicht enthalten.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <source>Add your own leads as they come in.</source>
        <translation>Fügen Sie Ihre eigenen Leads hinzu, sobald sie eintreffen.</translation>
    </message>
</context>
<context>
    <name>lf::FunnelChart</name>
    <message>
        <source>Sales funnel</source>
        <translation>Vertriebstrichter</translation>
    </message>
    <message>
        <source>Click a stage, or select it with the arrow keys and press Enter, to list its leads.</source>
        <translation>Klicken Sie auf eine Phase oder wählen Sie sie mit den Pfeiltasten aus und drücken Sie die Eingabetaste, um ihre Leads aufzulisten.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Current stage %1. %2</source>
        <translation>Aktuelle Phase %1. %2</translation>
    </message>
</context>
<context>
    <name>lf::ImportBatchModel</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Flagged: %1</source>
        <translation>Markiert: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>This row will not be imported: %1.</source>
        <translation>Diese Zeile wird nicht importiert: %1.</translation>
    </message>
    <message>
        <source>This row will be imported and flagged: %1.</source>
        <translation>Diese Zeile wird importiert und markiert: %1.</translation>
    </message>
    <message>
        <source>This row will be imported as it is.</source>
        <translation>Diese Zeile wird unverändert importiert.</translation>
    </message>
    <message>
        <source>%1; the row will not be imported: %2.</source>
        <translation>%1; die Zeile wird nicht importiert: %2.</translation>
    </message>
    <message>
        <source>%1: the value is imported as written and the lead is flagged.</source>
        <translation>%1: Der Wert wird wie geschrieben importiert und der Lead wird markiert.</translation>
    </message>
    <message>
        <source>%1: “%2” is kept as a custom field and the lead is flagged.</source>
        <translation>%1: „%2“ wird als benutzerdefiniertes Feld behalten und der Lead wird markiert.</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Zeile %1 der Datei</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What the import will do with the row</source>
        <translation>Was der Import mit der Zeile macht</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>vollständiger Name</translation>
    </message>
    <message>
        <source>custom field</source>
        <translation>benutzerdefiniertes Feld</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The file&apos;s column “%1”, imported as %2</source>
        <translation>Die Spalte „%1“ der Datei, importiert als %2</translation>
    </message>
</context>
<context>
    <name>lf::ImportWizard</name>
    <message>
        <source>Import leads</source>
        <translation>Leads importieren</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Pick the CSV file with the leads, as exported from a spreadsheet or another CRM. Nothing is imported until you press Import.</source>
        <translation>Wählen Sie die CSV-Datei mit den Leads, wie sie aus einer Tabellenkalkulation oder einem anderen CRM exportiert wurde. Es wird erst importiert, wenn Sie auf „Importieren“ klicken.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>Zu importierende CSV-Datei</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Pfad einer .csv-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for a CSV file</source>
        <translation>Nach einer CSV-Datei suchen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What Leadflow reads&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;A first row with column names (“Email”, “First Name”, “Firma”…): they are matched to lead fields in the next steps, and you can change every match.&lt;/li&gt;&lt;li&gt;Values separated by commas, semicolons, tabs or vertical bars, in UTF-8, UTF-16 or an older encoding such as Windows-1252; both are detected.&lt;/li&gt;&lt;li&gt;Exports of HubSpot, Salesforce, Zoho, Pipedrive, Google Contacts and Outlook, and spreadsheets saved as CSV.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Rows for leads you already have (same email) are found, and you choose what happens to them. An import can be undone afterwards.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was Leadflow liest&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Eine erste Zeile mit Spaltennamen („Email“, „First Name“, „Firma“…): Sie werden in den nächsten Schritten Lead-Feldern zugeordnet, und Sie können jede Zuordnung ändern.&lt;/li&gt;&lt;li&gt;Werte, die durch Kommas, Semikolons, Tabulatoren oder senkrechte Striche getrennt sind, in UTF-8, UTF-16 oder einer älteren Kodierung wie Windows-1252; beides wird erkannt.&lt;/li&gt;&lt;li&gt;Exporte aus HubSpot, Salesforce, Zoho, Pipedrive, Google Contacts und Outlook sowie als CSV gespeicherte Tabellen.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Zeilen für Leads, die Sie bereits haben (gleiche E-Mail), werden erkannt, und Sie entscheiden, was mit ihnen geschieht. Ein Import kann nachträglich rückgängig gemacht werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The database is open read-only, so nothing can be imported into it. %1</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet, daher kann nichts in sie importiert werden. %1</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>Unter diesem Pfad gibt es keine Datei.</translation>
    </message>
    <message>
        <source>This is not a file Leadflow can read.</source>
        <translation>Dies ist keine Datei, die Leadflow lesen kann.</translation>
    </message>
    <message>
        <source>%1, %2, changed %3</source>
        <translation>%1, %2, geändert %3</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Diese Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Encoding and delimiter</source>
        <translation>Kodierung und Trennzeichen</translation>
    </message>
    <message>
        <source>Leadflow guessed how the file is written. If names show odd characters or the columns do not split right, choose another encoding or delimiter.</source>
        <translation>Leadflow hat erraten, wie die Datei geschrieben ist. Wenn Namen seltsame Zeichen zeigen oder die Spalten nicht richtig getrennt werden, wählen Sie eine andere Kodierung oder ein anderes Trennzeichen.</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>The first lines of the &amp;file:</source>
        <translation>Die ersten Zeilen der &amp;Datei:</translation>
    </message>
    <message>
        <source>The first lines of the file</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>Read as a &amp;table:</source>
        <translation>Als Tabe&amp;lle gelesen:</translation>
    </message>
    <message>
        <source>The first records read as a table</source>
        <translation>Die ersten Datensätze als Tabelle gelesen</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (erkannt)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>The file cannot be read this way: %1</source>
        <translation>Die Datei kann so nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Only one column was found: if the table above shows whole lines, choose another delimiter.</source>
        <translation>Es wurde nur eine Spalte gefunden: Wenn die Tabelle oben ganze Zeilen zeigt, wählen Sie ein anderes Trennzeichen.</translation>
    </message>
    <message>
        <source>Columns found in the header row: %1.</source>
        <translation>In der Kopfzeile gefundene Spalten: %1.</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Choose what each column of the file becomes in a lead. The choices are suggested from the column names; columns no field takes are kept as custom fields.</source>
        <translation>Wählen Sie, was aus jeder Spalte der Datei in einem Lead wird. Die Auswahl wird anhand der Spaltennamen vorgeschlagen; Spalten, die keinem Feld zugeordnet sind, werden als benutzerdefinierte Felder behalten.</translation>
    </message>
    <message>
        <source>Mapping &amp;profile:</source>
        <translation>Zuordnungs&amp;profil:</translation>
    </message>
    <message>
        <source>Mapping profile name</source>
        <translation>Name des Zuordnungsprofils</translation>
    </message>
    <message>
        <source>Name of a profile</source>
        <translation>Name eines Profils</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Load the mapping profile</source>
        <translation>Zuordnungsprofil laden</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the mapping as a profile</source>
        <translation>Zuordnung als Profil speichern</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Loaded the profile “%1”.</source>
        <translation>Profil „%1“ geladen.</translation>
    </message>
    <message>
        <source>Saved the profile “%1”.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>(keep as custom field)</source>
        <translation>(als benutzerdefiniertes Feld behalten)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Vollständiger Name (in Vor- und Nachname aufgeteilt)</translation>
    </message>
    <message>
        <source>Import the column “%1” as</source>
        <translation>Spalte „%1“ importieren als</translation>
    </message>
    <message>
        <source>%1 is chosen for more than one column (%2): choose it for one.</source>
        <translation>%1 ist für mehr als eine Spalte gewählt (%2): Wählen Sie es nur für eine.</translation>
    </message>
    <message>
        <source>No column gives a name, company, email or phone: every row would be rejected.</source>
        <translation>Keine Spalte liefert Name, Firma, E-Mail oder Telefon: Jede Zeile würde abgelehnt.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The first rows as they will be imported. Values in red cannot be read as their field; point at one to see why.</source>
        <translation>Die ersten Zeilen, wie sie importiert werden. Rot markierte Werte können nicht als ihr Feld gelesen werden; zeigen Sie auf einen, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>Show &amp;only rows with problems</source>
        <translation>&amp;Nur Zeilen mit Problemen anzeigen</translation>
    </message>
    <message>
        <source>Preview of the rows to import</source>
        <translation>Vorschau der zu importierenden Zeilen</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Die Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>The first %1 rows of the file.</source>
        <translation>Die ersten %1 Zeilen der Datei.</translation>
    </message>
    <message>
        <source>All rows of the file: %1.</source>
        <translation>Alle Zeilen der Datei: %1.</translation>
    </message>
    <message>
        <source>Every row reads well.</source>
        <translation>Alle Zeilen sind gut lesbar.</translation>
    </message>
    <message>
        <source>Rows with a problem: %1, of which %2 will be rejected.</source>
        <translation>Zeilen mit einem Problem: %1, davon werden %2 abgelehnt.</translation>
    </message>
    <message>
        <source>Check the import</source>
        <translation>Import prüfen</translation>
    </message>
    <message>
        <source>Choose what happens to rows for leads you already have. Leadflow runs the whole import and undoes it, to count what it will do.</source>
        <translation>Wählen Sie, was mit Zeilen für Leads geschieht, die Sie bereits haben. Leadflow führt den gesamten Import aus und macht ihn wieder rückgängig, um zu zählen, was er bewirken wird.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>When a lead already exists</source>
        <translation>Wenn ein Lead bereits existiert</translation>
    </message>
    <message>
        <source>Skip the row and keep the lead as it is</source>
        <translation>Zeile überspringen und Lead unverändert lassen</translation>
    </message>
    <message>
        <source>Update the lead with the row&apos;s values</source>
        <translation>Lead mit den Werten der Zeile aktualisieren</translation>
    </message>
    <message>
        <source>Fill only the lead&apos;s empty fields</source>
        <translation>Nur die leeren Felder des Leads füllen</translation>
    </message>
    <message>
        <source>Create another lead anyway</source>
        <translation>Trotzdem einen weiteren Lead anlegen</translation>
    </message>
    <message>
        <source>When a lead &amp;already exists:</source>
        <translation>Wenn ein Lead &amp;bereits existiert:</translation>
    </message>
    <message>
        <source>Same &amp;phone number means the same lead</source>
        <translation>Gleiche &amp;Telefonnummer bedeutet gleicher Lead</translation>
    </message>
    <message>
        <source>Same &amp;name and company mean the same lead</source>
        <translation>Gleicher &amp;Name und gleiche Firma bedeuten gleicher Lead</translation>
    </message>
    <message>
        <source>A lead with the same email is always the same lead.</source>
        <translation>Ein Lead mit derselben E-Mail ist immer derselbe Lead.</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Duplikate:</translation>
    </message>
    <message>
        <source>Checking the import</source>
        <translation>Import wird geprüft</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Was der Import bewirken wird</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>New leads to create</source>
        <translation>Neu anzulegende Leads</translation>
    </message>
    <message>
        <source>New leads created</source>
        <translation>Neu angelegte Leads</translation>
    </message>
    <message>
        <source>Existing leads to update</source>
        <translation>Zu aktualisierende vorhandene Leads</translation>
    </message>
    <message>
        <source>Existing leads updated</source>
        <translation>Aktualisierte vorhandene Leads</translation>
    </message>
    <message>
        <source>Skipped as duplicates</source>
        <translation>Als Duplikate übersprungen</translation>
    </message>
    <message>
        <source>Rows to reject</source>
        <translation>Abzulehnende Zeilen</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Leads to flag for a look</source>
        <translation>Zur Prüfung zu markierende Leads</translation>
    </message>
    <message>
        <source>Leads flagged for a look</source>
        <translation>Zur Prüfung markierte Leads</translation>
    </message>
    <message>
        <source>Why rows will be rejected:</source>
        <translation>Warum Zeilen abgelehnt werden:</translation>
    </message>
    <message>
        <source>Why rows were rejected:</source>
        <translation>Warum Zeilen abgelehnt wurden:</translation>
    </message>
    <message>
        <source>Why leads will be flagged:</source>
        <translation>Warum Leads markiert werden:</translation>
    </message>
    <message>
        <source>Why leads were flagged:</source>
        <translation>Warum Leads markiert wurden:</translation>
    </message>
    <message>
        <source>Counting what the import will do…</source>
        <translation>Es wird gezählt, was der Import bewirken wird…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>If you import now:</source>
        <translation>Wenn Sie jetzt importieren:</translation>
    </message>
    <message>
        <source>Nothing would be imported: no row makes a new lead or changes one.</source>
        <translation>Es würde nichts importiert: Keine Zeile legt einen neuen Lead an oder ändert einen.</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>Der Import ist abgeschlossen.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The import failed; nothing was imported. %1</source>
        <translation>Der Import ist fehlgeschlagen; es wurde nichts importiert. %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>The leads are written in one go: if you cancel, nothing is imported.</source>
        <translation>Die Leads werden in einem Schritt geschrieben: Wenn Sie abbrechen, wird nichts importiert.</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Importstatus</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>What the import did. Until its leads are changed, it can be undone here or later on the Imports page.</source>
        <translation>Was der Import bewirkt hat. Solange seine Leads nicht geändert werden, kann er hier oder später auf der Seite „Importe“ rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation>Was der Import bewirkt hat</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>Abgelehnte Zeilen &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the rejected rows as a CSV file</source>
        <translation>Abgelehnte Zeilen als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>Diesen Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Diesen Import rückgängig machen</translation>
    </message>
    <message>
        <source>%1 rejected.csv</source>
        <translation>%1 rejected.csv</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The rejected rows were saved to %1.</source>
        <translation>Die abgelehnten Zeilen wurden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 was imported.</source>
        <translation>%1 wurde importiert.</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Keine Zeile wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The rejected rows with a column that says why, to fix and import again.</source>
        <translation>Die abgelehnten Zeilen mit einer Spalte, die den Grund angibt – zum Korrigieren und erneuten Importieren.</translation>
    </message>
    <message>
        <source>The import rejected no rows.</source>
        <translation>Der Import hat keine Zeilen abgelehnt.</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Es gibt keinen Import, der rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Remove the leads this import created (%1) and restore the leads it updated (%2)?</source>
        <translation>Die von diesem Import angelegten Leads (%1) entfernen und die von ihm aktualisierten Leads (%2) wiederherstellen?</translation>
    </message>
    <message>
        <source>Remove the leads this import created (%1)?</source>
        <translation>Die von diesem Import angelegten Leads (%1) entfernen?</translation>
    </message>
    <message>
        <source>The import was not undone.</source>
        <translation>Der Import wurde nicht rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The import was undone. Leads removed or restored: %1.</source>
        <translation>Der Import wurde rückgängig gemacht. Entfernte oder wiederhergestellte Leads: %1.</translation>
    </message>
    <message>
        <source>The rejected rows cannot be read: %1</source>
        <translation>Die abgelehnten Zeilen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>lf::ImportsPage</name>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import leads from a CSV file</source>
        <translation>Leads aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Undo the selected import</source>
        <translation>Ausgewählten Import rückgängig machen</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>Bisherige Importe</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>The imports cannot be read: %1</source>
        <translation>Die Importe können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No imports yet. Choose Import… to bring in leads from a CSV file exported from a spreadsheet or another CRM.</source>
        <translation>Noch keine Importe. Wählen Sie „Importieren…“, um Leads aus einer CSV-Datei zu übernehmen, die aus einer Tabellenkalkulation oder einem anderen CRM exportiert wurde.</translation>
    </message>
    <message>
        <source>Imports so far: %1. An import can be undone as long as the leads it updated were not changed since.</source>
        <translation>Bisherige Importe: %1. Ein Import kann rückgängig gemacht werden, solange die von ihm aktualisierten Leads seitdem nicht geändert wurden.</translation>
    </message>
    <message>
        <source>Select an import to undo.</source>
        <translation>Wählen Sie einen Import aus, der rückgängig gemacht werden soll.</translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation>Dieser Import wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Undo the import of %1? What it added is removed.</source>
        <translation>Den Import von %1 rückgängig machen? Was er hinzugefügt hat, wird entfernt.</translation>
    </message>
    <message>
        <source>Undo the import of %1? The %2 leads it created are removed and the %3 it updated get their earlier values back.</source>
        <translation>Den Import von %1 rückgängig machen? Die %2 von ihm angelegten Leads werden entfernt, und die %3 von ihm aktualisierten erhalten ihre früheren Werte zurück.</translation>
    </message>
    <message>
        <source>Undo the import of %1? The %2 leads it created are removed.</source>
        <translation>Den Import von %1 rückgängig machen? Die %2 von ihm angelegten Leads werden entfernt.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>The import was not undone.</source>
        <translation>Der Import wurde nicht rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>lf::Labels</name>
    <message>
        <source>(no source)</source>
        <translation>(keine Quelle)</translation>
    </message>
    <message>
        <source>(no campaign)</source>
        <translation>(keine Kampagne)</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
</context>
<context>
    <name>lf::LeadActions</name>
    <message>
        <source>This database is open read-only: leads can be looked at but not changed.</source>
        <translation>Diese Datenbank ist schreibgeschützt geöffnet: Leads können angesehen, aber nicht geändert werden.</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>Rückgängigmachen</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Could not %1 “%2”: %3</source>
        <translation>%1 von „%2“ fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 was changed since (by someone else or another window).</source>
        <translation>%1 wurde seitdem geändert (von jemand anderem oder in einem anderen Fenster).</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Why is this lead %1?</source>
        <translation>Warum ist dieser Lead %1?</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n leads %1?</source>
        <translation>
            <numerusform>Warum ist dieser Lead %1?</numerusform>
            <numerusform>Warum sind diese %n Leads %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Nach %1 verschieben</translation>
    </message>
    <message>
        <source>The move was cancelled.</source>
        <translation>Das Verschieben wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) could not be moved.</source>
        <translation>
            <numerusform>%n Lead konnte nicht verschoben werden.</numerusform>
            <numerusform>%n Leads konnten nicht verschoben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n leads to %1</source>
        <translation>
            <numerusform>%n Lead nach %1 verschieben</numerusform>
            <numerusform>%n Leads nach %1 verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>Choose whom to give the leads to.</source>
        <translation>Wählen Sie, wem die Leads zugewiesen werden sollen.</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n lead(s)</source>
        <translation>
            <numerusform>%n Lead zuweisen</numerusform>
            <numerusform>%n Leads zuweisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n lead(s)</source>
        <translation>
            <numerusform>%n Lead löschen</numerusform>
            <numerusform>%n Leads löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Mark as Won</source>
        <translation>Als gewonnen markieren</translation>
    </message>
    <message>
        <source>A won deal needs its value. What is %1&apos;s deal worth?</source>
        <translation>Ein gewonnener Deal braucht einen Auftragswert. Wie hoch ist der Auftragswert von %1?</translation>
    </message>
    <message>
        <source>A won deal needs its value. What is %1&apos;s deal worth (%2)?</source>
        <translation>Ein gewonnener Deal braucht einen Auftragswert. Wie hoch ist der Auftragswert von %1 (%2)?</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) could not be accepted.</source>
        <translation>
            <numerusform>%n Lead konnte nicht angenommen werden.</numerusform>
            <numerusform>%n Leads konnten nicht angenommen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rejection was cancelled.</source>
        <translation>Das Ablehnen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>The recycle was cancelled.</source>
        <translation>Das Zurückführen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Recycle</source>
        <translation>Zurückführen</translation>
    </message>
</context>
<context>
    <name>lf::LeadDetail</name>
    <message>
        <source>Lead detail</source>
        <translation>Lead-Details</translation>
    </message>
    <message>
        <source>Select a lead to see its details, activity and score.</source>
        <translation>Wählen Sie einen Lead aus, um seine Details, Aktivitäten und seinen Score zu sehen.</translation>
    </message>
    <message>
        <source>Lead sections</source>
        <translation>Lead-Bereiche</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Save Lead</source>
        <translation>Lead speichern</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Verschieben nach:</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Nach %1 verschieben</translation>
    </message>
    <message>
        <source>Move the lead to %1 (asks why)</source>
        <translation>Lead nach %1 verschieben (fragt nach dem Grund)</translation>
    </message>
    <message>
        <source>Move the lead to %1</source>
        <translation>Lead nach %1 verschieben</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>+1 415 555 0123</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>company.com</source>
        <translation>firma.de</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>E&amp;mployees:</source>
        <translation>&amp;Mitarbeiterzahl:</translation>
    </message>
    <message>
        <source>e.g. 51-200</source>
        <translation>z. B. 51-200</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>e.g. Germany or DE</source>
        <translation>z. B. Deutschland oder DE</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>e.g. Referral, Webinar</source>
        <translation>z. B. Empfehlung, Webinar</translation>
    </message>
    <message>
        <source>Qualification (BANT)</source>
        <translation>Qualifizierung (BANT)</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>Bud&amp;get:</translation>
    </message>
    <message>
        <source>e.g. 25,000.00</source>
        <translation>z. B. 25000.00</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>Ents&amp;cheidungsbefugnis:</translation>
    </message>
    <message>
        <source>who decides, e.g. CFO signs</source>
        <translation>wer entscheidet, z. B. CFO unterschreibt</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>Beda&amp;rf:</translation>
    </message>
    <message>
        <source>the problem to solve</source>
        <translation>das zu lösende Problem</translation>
    </message>
    <message>
        <source>&amp;Timeline:</source>
        <translation>&amp;Zeitrahmen:</translation>
    </message>
    <message>
        <source>e.g. buying in Q3</source>
        <translation>z. B. Kauf im Q3</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Z&amp;urücksetzen</translation>
    </message>
    <message>
        <source>Throw away the changes not saved yet</source>
        <translation>Noch nicht gespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Log Ca&amp;ll…</source>
        <translation>Anruf &amp;protokollieren…</translation>
    </message>
    <message>
        <source>Log E&amp;mail…</source>
        <translation>E-&amp;Mail protokollieren…</translation>
    </message>
    <message>
        <source>Log Mee&amp;ting…</source>
        <translation>Mee&amp;ting protokollieren…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>N&amp;otiz hinzufügen…</translation>
    </message>
    <message>
        <source>Activity timeline, newest first</source>
        <translation>Aktivitätsverlauf, neueste zuerst</translation>
    </message>
    <message>
        <source>Scoring rules that apply to this lead</source>
        <translation>Scoring-Regeln, die für diesen Lead gelten</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Owners over time, newest first:</source>
        <translation>Zuständige im Zeitverlauf, neueste zuerst:</translation>
    </message>
    <message>
        <source>Assignment history</source>
        <translation>Zuweisungsverlauf</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Other leads of the same company</source>
        <translation>Andere Leads derselben Firma</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a lead</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um einen Lead zu öffnen</translation>
    </message>
    <message>
        <source>Lead %1 was deleted.</source>
        <translation>Lead %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were editing. Save to compare the versions field by field, or Revert to take theirs.</source>
        <translation>Jemand anderes hat %1 geändert, während Sie es bearbeitet haben. Speichern Sie, um die Versionen Feld für Feld zu vergleichen, oder klicken Sie auf „Zurücksetzen“, um die andere Version zu übernehmen.</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Lead %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>Owner: user %1</source>
        <translation>Zuständig: Benutzer %1</translation>
    </message>
    <message>
        <source>The score cannot be explained: %1</source>
        <translation>Der Score kann nicht erklärt werden: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Einstufung %1</translation>
    </message>
    <message>
        <source>Score %1, grade %2</source>
        <translation>Score %1, Einstufung %2</translation>
    </message>
    <message>
        <source>Score %1 = fit %2 + engagement %3 · grade %4</source>
        <translation>Score %1 = Passung %2 + Engagement %3 · Einstufung %4</translation>
    </message>
    <message>
        <source>Fit: the lead&apos;s fields</source>
        <translation>Passung: die Felder des Leads</translation>
    </message>
    <message>
        <source>what the lead is</source>
        <translation>was der Lead ist</translation>
    </message>
    <message>
        <source>Engagement: its activity</source>
        <translation>Engagement: seine Aktivität</translation>
    </message>
    <message>
        <source>what the lead did</source>
        <translation>was der Lead getan hat</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s), %1 points</source>
        <translation>
            <numerusform>%n Kontaktpunkt, %1 Punkte</numerusform>
            <numerusform>%n Kontaktpunkte, %1 Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 after decay (half-life %2 days)</source>
        <translation>%1 nach Abklingen (Halbwertszeit %2 Tage)</translation>
    </message>
    <message>
        <source>capped at %1</source>
        <translation>begrenzt auf %1</translation>
    </message>
    <message>
        <source>No fit rule applies</source>
        <translation>Keine Passungsregel greift</translation>
    </message>
    <message>
        <source>No engagement rule applies</source>
        <translation>Keine Engagement-Regel greift</translation>
    </message>
    <message>
        <source>Decay took %1 points away: activity counts less as it ages.</source>
        <translation>Das Abklingen hat %1 Punkte abgezogen: Aktivität zählt weniger, je älter sie ist.</translation>
    </message>
    <message>
        <source>Caps held back %1 points.</source>
        <translation>Obergrenzen haben %1 Punkte zurückgehalten.</translation>
    </message>
    <message>
        <source>Engagement of %1 is held to the 0–100 range.</source>
        <translation>Das Engagement von %1 wird auf den Bereich 0–100 begrenzt.</translation>
    </message>
    <message>
        <source>The grade comes from fit (A from %1, B from %2, C from %3); a lead becomes MQL at a score of %4.</source>
        <translation>Die Einstufung ergibt sich aus der Passung (A ab %1, B ab %2, C ab %3); ein Lead wird ab einem Score von %4 zum MQL.</translation>
    </message>
    <message>
        <source>Predicted chance to win: not available (the history could not be read).</source>
        <translation>Vorhergesagte Abschlusschance: nicht verfügbar (der Verlauf konnte nicht gelesen werden).</translation>
    </message>
    <message>
        <source>Predicted chance to win: %1% (won leads so far: %2% of those closed), judged from leads won and lost before with the same industry, country, source, size and title.</source>
        <translation>Vorhergesagte Abschlusschance: %1 % (bisher gewonnene Leads: %2 % der abgeschlossenen), geschätzt anhand früher gewonnener und verlorener Leads mit gleicher Branche, gleichem Land, gleicher Quelle, Größe und Position.</translation>
    </message>
    <message>
        <source>Predicted chance to win: not available. %1</source>
        <translation>Vorhergesagte Abschlusschance: nicht verfügbar. %1</translation>
    </message>
    <message>
        <source>Others at %1:</source>
        <translation>Weitere bei %1:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Rejected %1: %2</source>
        <translation>Abgelehnt %1: %2</translation>
    </message>
    <message>
        <source>Accepted %1</source>
        <translation>Angenommen %1</translation>
    </message>
    <message>
        <source>Contacted %1</source>
        <translation>Kontaktiert %1</translation>
    </message>
    <message>
        <source>First contact overdue since %1</source>
        <translation>Erstkontakt überfällig seit %1</translation>
    </message>
    <message>
        <source>First contact due %1</source>
        <translation>Erstkontakt fällig %1</translation>
    </message>
    <message>
        <source>%1, rule “%2”</source>
        <translation>%1, Regel „%2“</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Never assigned</source>
        <translation>Nie zugewiesen</translation>
    </message>
    <message>
        <source>A lead needs at least a name, a company, an email address or a phone number.</source>
        <translation>Ein Lead braucht mindestens einen Namen, eine Firma, eine E-Mail-Adresse oder eine Telefonnummer.</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Sales:</source>
        <translation>Vertrieb:</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>The owner takes the lead on: it becomes SQL</source>
        <translation>Die zuständige Person übernimmt den Lead; er wird SQL</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Hand the lead back with a reason</source>
        <translation>Den Lead mit Begründung zurückgeben</translation>
    </message>
    <message>
        <source>Recycle…</source>
        <translation>Zurückführen…</translation>
    </message>
    <message>
        <source>Back to marketing for nurturing, with a date to look again</source>
        <translation>Zur Pflege zurück an das Marketing, mit einem Datum zur Wiedervorlage</translation>
    </message>
</context>
<context>
    <name>lf::LeadDialog</name>
    <message>
        <source>A lead needs at least a name, a company, an email address or a phone number.</source>
        <translation>Ein Lead braucht mindestens einen Namen, eine Firma, eine E-Mail-Adresse oder eine Telefonnummer.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>+1 415 555 0123</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>company.com</source>
        <translation>firma.de</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>E&amp;mployees:</source>
        <translation>&amp;Mitarbeiterzahl:</translation>
    </message>
    <message>
        <source>e.g. 51-200</source>
        <translation>z. B. 51-200</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>e.g. Germany or DE</source>
        <translation>z. B. Deutschland oder DE</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>e.g. Referral, Webinar, Trade show</source>
        <translation>z. B. Empfehlung, Webinar, Messe</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Qualification (BANT)</source>
        <translation>Qualifizierung (BANT)</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>Bud&amp;get:</translation>
    </message>
    <message>
        <source>e.g. 25,000.00</source>
        <translation>z. B. 25000.00</translation>
    </message>
    <message>
        <source>Aut&amp;hority:</source>
        <translation>Ents&amp;cheidungsbefugnis:</translation>
    </message>
    <message>
        <source>who decides, e.g. CFO signs</source>
        <translation>wer entscheidet, z. B. CFO unterschreibt</translation>
    </message>
    <message>
        <source>Nee&amp;d:</source>
        <translation>Beda&amp;rf:</translation>
    </message>
    <message>
        <source>the problem to solve</source>
        <translation>das zu lösende Problem</translation>
    </message>
    <message>
        <source>&amp;Timeline:</source>
        <translation>&amp;Zeitrahmen:</translation>
    </message>
    <message>
        <source>e.g. buying in Q3</source>
        <translation>z. B. Kauf im Q3</translation>
    </message>
    <message>
        <source>Lead — %1</source>
        <translation>Lead — %1</translation>
    </message>
    <message>
        <source>New Lead</source>
        <translation>Neuer Lead</translation>
    </message>
    <message>
        <source>Edit Lead — %1</source>
        <translation>Lead bearbeiten — %1</translation>
    </message>
    <message>
        <source>&amp;Add Lead</source>
        <translation>Lea&amp;d hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>This does not look like an email address (name@company.com).</source>
        <translation>Dies sieht nicht wie eine E-Mail-Adresse aus (name@firma.de).</translation>
    </message>
    <message>
        <source>“%1” is not a country Leadflow knows; write its name or its ISO code (e.g. DE).</source>
        <translation>„%1“ ist kein Land, das Leadflow kennt; geben Sie den Namen oder den ISO-Code ein (z. B. DE).</translation>
    </message>
    <message>
        <source>Lead Changed Meanwhile</source>
        <translation>Lead zwischenzeitlich geändert</translation>
    </message>
    <message>
        <source>Someone else changed this lead while you were editing it, so your changes were not saved.</source>
        <translation>Jemand anderes hat diesen Lead geändert, während Sie ihn bearbeitet haben, daher wurden Ihre Änderungen nicht gespeichert.</translation>
    </message>
    <message>
        <source>Reload the lead to see its latest version; your changes to the form are kept where they do not clash.</source>
        <translation>Laden Sie den Lead neu, um seine aktuelle Version zu sehen; Ihre Änderungen im Formular bleiben erhalten, soweit sie nicht kollidieren.</translation>
    </message>
    <message>
        <source>Changed meanwhile: %1.

Reload to take their version of these fields. Your changes to the other fields are kept; then review and save again.</source>
        <translation>Zwischenzeitlich geändert: %1.

Laden Sie neu, um die andere Version dieser Felder zu übernehmen. Ihre Änderungen an den übrigen Feldern bleiben erhalten; prüfen Sie dann alles und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>This lead was deleted meanwhile; it can no longer be saved.</source>
        <translation>Dieser Lead wurde zwischenzeitlich gelöscht; er kann nicht mehr gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>lf::LeadExporter</name>
    <message>
        <source>The delimiter must be one ASCII character other than a quote or a line break.</source>
        <translation>Das Trennzeichen muss ein einzelnes ASCII-Zeichen sein, jedoch kein Anführungszeichen und kein Zeilenumbruch.</translation>
    </message>
    <message>
        <source>Exports need the SQLite driver.</source>
        <translation>Exporte benötigen den SQLite-Treiber.</translation>
    </message>
    <message>
        <source>Cannot read the leads: %1</source>
        <translation>Die Leads können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Reading the leads failed: %1</source>
        <translation>Das Lesen der Leads ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>lf::LeadFilterBar</name>
    <message>
        <source>Search names, companies and emails</source>
        <translation>Namen, Firmen und E-Mails durchsuchen</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Leads durchsuchen</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>Keep the current filters under a name</source>
        <translation>Die aktuellen Filter unter einem Namen speichern</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Phasenfilter</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filter nach zuständiger Person</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Quellenfilter</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min.</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Niedrigster Score</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Höchster Score</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Nicht eingestuft</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Einstufung %1</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Grade filter</source>
        <translation>Einstufungsfilter</translation>
    </message>
    <message>
        <source>First contact SLA filter</source>
        <translation>Erstkontakt-SLA-Filter</translation>
    </message>
    <message>
        <source>Any SLA</source>
        <translation>Alle SLAs</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Kein SLA</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Ansicht:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Sc&amp;ore:</source>
        <translation>Sc&amp;ore:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Current filters</source>
        <translation>Aktuelle Filter</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message numerus="yes">
        <source>Stage: %n chosen</source>
        <translation>
            <numerusform>Phase: %n gewählt</numerusform>
            <numerusform>Phase: %n gewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view (a view of the same name is replaced):</source>
        <translation>Name der Ansicht (eine Ansicht mit gleichem Namen wird ersetzt):</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot;? The leads stay as they are.</source>
        <translation>Die gespeicherte Ansicht „%1“ löschen? Die Leads bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>lf::LeadImporter</name>
    <message>
        <source>The file has a header row but no leads; nothing was imported.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Leads; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Imports need the SQLite driver.</source>
        <translation>Importe benötigen den SQLite-Treiber.</translation>
    </message>
    <message>
        <source>Cannot record the import</source>
        <translation>Der Import kann nicht protokolliert werden</translation>
    </message>
    <message>
        <source>import #%1</source>
        <translation>Import #%1</translation>
    </message>
    <message>
        <source>%1 (import #%2)</source>
        <translation>%1 (Import #%2)</translation>
    </message>
    <message>
        <source>Cannot read the leads</source>
        <translation>Die Leads können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot prepare the import</source>
        <translation>Der Import kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cannot read the stage history</source>
        <translation>Der Phasenverlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot update the search index</source>
        <translation>Der Suchindex kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>an import of %1 by %2</source>
        <translation>ein Import von %1 durch %2</translation>
    </message>
</context>
<context>
    <name>lf::LeadService</name>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>%1 muss eine ganze Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be an amount such as 1234.50, not &quot;%2&quot;.</source>
        <translation>%1 muss ein Betrag wie 1234.50 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 ist zu groß.</translation>
    </message>
    <message>
        <source>%1 must be a date or time in ISO 8601 form (2026-11-23 or 2026-11-23T14:30:00Z), not &quot;%2&quot;.</source>
        <translation>%1 muss ein Datum oder eine Uhrzeit im ISO-8601-Format sein (2026-11-23 oder 2026-11-23T14:30:00Z), nicht „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage; use one of: %2.</source>
        <translation>„%1“ ist keine Phase; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>Cannot save the lead</source>
        <translation>Der Lead kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read lead %1</source>
        <translation>Lead %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>Es gibt keinen Lead %1.</translation>
    </message>
    <message>
        <source>Lead %1 is deleted; restore it to see or change it.</source>
        <translation>Lead %1 ist gelöscht; stellen Sie ihn wieder her, um ihn anzusehen oder zu ändern.</translation>
    </message>
    <message>
        <source>Lead %1 is already in %2.</source>
        <translation>Lead %1 ist bereits in %2.</translation>
    </message>
    <message>
        <source>Lead %1 is not deleted.</source>
        <translation>Lead %1 ist nicht gelöscht.</translation>
    </message>
    <message>
        <source>Cannot read lead %1&apos;s history</source>
        <translation>Der Verlauf von Lead %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Lead %1 was changed by someone else since you opened it (%2); nothing was saved. Reload it and make your change again.</source>
        <translation>Lead %1 wurde von jemand anderem geändert, seit Sie ihn geöffnet haben (%2); es wurde nichts gespeichert. Laden Sie ihn neu und nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <source>Cannot save lead %1</source>
        <translation>Lead %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Lead %1 was changed by someone else while saving; nothing was saved.</source>
        <translation>Lead %1 wurde während des Speicherns von jemand anderem geändert; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cannot list leads</source>
        <translation>Leads können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot count leads</source>
        <translation>Leads können nicht gezählt werden</translation>
    </message>
    <message>
        <source>import #%1</source>
        <translation>Import #%1</translation>
    </message>
</context>
<context>
    <name>lf::LeadTableModel</name>
    <message>
        <source>%1 d %2 h</source>
        <comment>days, hours</comment>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours, minutes</comment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 Min.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>first name, last name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 verspätet</translation>
    </message>
    <message>
        <source>First contact due %1, made %2</source>
        <translation>Erstkontakt fällig %1, erfolgt %2</translation>
    </message>
    <message>
        <source>First contact due %1</source>
        <translation>Erstkontakt fällig %1</translation>
    </message>
    <message>
        <source>Time left until the first contact is due</source>
        <translation>Verbleibende Zeit bis zur Fälligkeit des Erstkontakts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>lf::LeadWorkflow</name>
    <message>
        <source>back to marketing for nurturing</source>
        <translation>zur Pflege zurück an das Marketing</translation>
    </message>
    <message>
        <source>owner removed by %1</source>
        <translation>Zuständigkeit entfernt durch %1</translation>
    </message>
    <message>
        <source>Cannot end the assignment</source>
        <translation>Die Zuweisung kann nicht beendet werden</translation>
    </message>
    <message>
        <source>Cannot clear the first-contact deadline</source>
        <translation>Die Erstkontakt-Frist kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot record the acceptance</source>
        <translation>Die Annahme kann nicht erfasst werden</translation>
    </message>
</context>
<context>
    <name>lf::LeadsPage</name>
    <message>
        <source>Number of leads</source>
        <translation>Anzahl der Leads</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>&amp;Zuweisen an…</translation>
    </message>
    <message>
        <source>Give the selected leads to a person</source>
        <translation>Ausgewählte Leads einer Person zuweisen</translation>
    </message>
    <message>
        <source>Change &amp;stage…</source>
        <translation>&amp;Phase ändern…</translation>
    </message>
    <message>
        <source>&amp;Enrol in sequence…</source>
        <translation>In &amp;Sequenz aufnehmen…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the selected leads, or all the filters select, to a CSV file</source>
        <translation>Die ausgewählten Leads oder alle von den Filtern erfassten in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Lead actions</source>
        <translation>Lead-Aktionen</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Loading leads…</source>
        <translation>Leads werden geladen…</translation>
    </message>
    <message>
        <source>%1+ leads, counting…</source>
        <translation>%1+ Leads, wird gezählt…</translation>
    </message>
    <message>
        <source>No leads match</source>
        <translation>Keine passenden Leads</translation>
    </message>
    <message>
        <source>1 lead</source>
        <translation>1 Lead</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 Leads</translation>
    </message>
    <message>
        <source>Write the selected leads to a CSV file</source>
        <translation>Die ausgewählten Leads in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Write every lead the filters select to a CSV file</source>
        <translation>Alle von den Filtern erfassten Leads in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Leads cannot be changed here.</source>
        <translation>Leads können hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Assign Leads</source>
        <translation>Leads zuweisen</translation>
    </message>
    <message>
        <source>There is nobody to assign leads to yet: add people in Settings first.</source>
        <translation>Es gibt noch niemanden, dem Leads zugewiesen werden können: Fügen Sie zuerst in den Einstellungen Personen hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n Lead(s)</source>
        <translation>
            <numerusform>%n Lead zuweisen</numerusform>
            <numerusform>%n Leads zuweisen</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Why this person (kept in the lead&apos;s history)</source>
        <translation>Warum diese Person (wird im Verlauf des Leads gespeichert)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Assigned by hand</source>
        <translation>Manuell zugewiesen</translation>
    </message>
    <message>
        <source>Change Stage</source>
        <translation>Phase ändern</translation>
    </message>
    <message>
        <source>Move the selected leads to:</source>
        <translation>Ausgewählte Leads verschieben nach:</translation>
    </message>
    <message>
        <source>Enrol in Sequence</source>
        <translation>In Sequenz aufnehmen</translation>
    </message>
    <message>
        <source>There is no active nurture sequence yet.</source>
        <translation>Es gibt noch keine aktive Pflege-Sequenz.</translation>
    </message>
    <message>
        <source>Enrol the selected leads in:</source>
        <translation>Ausgewählte Leads aufnehmen in:</translation>
    </message>
    <message>
        <source>%1 enrolled. Some were not: %2</source>
        <translation>%1 aufgenommen. Einige nicht: %2</translation>
    </message>
    <message>
        <source>Exporting leads…</source>
        <translation>Leads werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Leads</source>
        <translation>Leads exportieren</translation>
    </message>
    <message>
        <source>leads.csv</source>
        <translation>leads.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 leads written to %2.</source>
        <translation>%1 Leads in %2 geschrieben.</translation>
    </message>
    <message>
        <source>Delete this lead? Edit &gt; Undo brings it back.</source>
        <translation>Diesen Lead löschen? Mit Bearbeiten &gt; Rückgängig lässt er sich wiederherstellen.</translation>
    </message>
    <message>
        <source>Delete %1 leads? Edit &gt; Undo brings them back.</source>
        <translation>%1 Leads löschen? Mit Bearbeiten &gt; Rückgängig lassen sie sich wiederherstellen.</translation>
    </message>
    <message>
        <source>Delete Leads</source>
        <translation>Leads löschen</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>The owner takes the selected leads on: they become SQL</source>
        <translation>Die zuständige Person übernimmt die ausgewählten Leads; sie werden SQL</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
    <message>
        <source>Hand the lead back with a reason</source>
        <translation>Den Lead mit Begründung zurückgeben</translation>
    </message>
    <message>
        <source>Rec&amp;ycle…</source>
        <translation>Zu&amp;rückführen…</translation>
    </message>
    <message>
        <source>Back to marketing for nurturing</source>
        <translation>Zur Pflege zurück an das Marketing</translation>
    </message>
    <message>
        <source>&amp;Log call, email or meeting…</source>
        <translation>Anruf, E-Mail oder Meeting &amp;protokollieren…</translation>
    </message>
    <message>
        <source>Record a call, email, meeting or note with the lead</source>
        <translation>Einen Anruf, eine E-Mail, ein Meeting oder eine Notiz zum Lead erfassen</translation>
    </message>
</context>
<context>
    <name>lf::LogTouchDialog</name>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Log Activity — %1</source>
        <translation>Aktivität protokollieren — %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>e.g. connected, left voicemail</source>
        <translation>z. B. erreicht, Nachricht auf Mailbox</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>What was said, what comes next</source>
        <translation>Was besprochen wurde, wie es weitergeht</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokollieren</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>left voicemail</source>
        <translation>Nachricht auf Mailbox</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>falsche Nummer</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>unzustellbar</translation>
    </message>
    <message>
        <source>held</source>
        <translation>stattgefunden</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>nicht erschienen</translation>
    </message>
</context>
<context>
    <name>lf::MainWindow</name>
    <message>
        <source>1 lead</source>
        <translation>1 Lead</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 Leads</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Leadflow</source>
        <translation>Leadflow</translation>
    </message>
    <message>
        <source>&amp;New Lead…</source>
        <translation>&amp;Neuer Lead…</translation>
    </message>
    <message>
        <source>Add a lead</source>
        <translation>Lead hinzufügen</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Neuer Lead</translation>
    </message>
    <message>
        <source>&amp;Import Leads…</source>
        <translation>Leads &amp;importieren…</translation>
    </message>
    <message>
        <source>Import leads from a CSV file</source>
        <translation>Leads aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read everything again, with changes made elsewhere</source>
        <translation>Alles neu einlesen, einschließlich anderswo vorgenommener Änderungen</translation>
    </message>
    <message>
        <source>&amp;Find Leads…</source>
        <translation>Leads &amp;suchen…</translation>
    </message>
    <message>
        <source>Search leads by name, company or email</source>
        <translation>Leads nach Name, Firma oder E-Mail suchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Leadflow</source>
        <translation>&amp;Über Leadflow</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Lead added.</source>
        <translation>Lead hinzugefügt.</translation>
    </message>
    <message>
        <source>The lead on the right has unsaved changes: save or revert them first.</source>
        <translation>Der Lead rechts hat ungespeicherte Änderungen: Speichern oder verwerfen Sie diese zuerst.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Discard them and open the other lead?</source>
        <translation>%1 hat ungespeicherte Änderungen. Verwerfen und den anderen Lead öffnen?</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Leadflow will use the new language the next time it starts.</source>
        <translation>Leadflow verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>About Leadflow</source>
        <translation>Über Leadflow</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Leadflow&lt;/h3&gt;&lt;p&gt;A lead manager for small-business sales teams: capture, score, route, nurture and measure leads, offline and fast.&lt;/p&gt;&lt;p&gt;Database: %1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Leadflow&lt;/h3&gt;&lt;p&gt;Ein Lead-Manager für Vertriebsteams kleiner Unternehmen: Leads erfassen, bewerten, zuweisen, pflegen und messen – offline und schnell.&lt;/p&gt;&lt;p&gt;Datenbank: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Quit anyway?</source>
        <translation>%1 hat ungespeicherte Änderungen. Trotzdem beenden?</translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation>Jetzt fällig: %1</translation>
    </message>
</context>
<context>
    <name>lf::MappingProfiles</name>
    <message>
        <source>A mapping profile needs a name.</source>
        <translation>Ein Zuordnungsprofil braucht einen Namen.</translation>
    </message>
    <message>
        <source>Cannot save the mapping profile %1</source>
        <translation>Das Zuordnungsprofil %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read the mapping profile %1</source>
        <translation>Das Zuordnungsprofil %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no mapping profile &quot;%1&quot; (saved profiles: %2).</source>
        <translation>Es gibt kein Zuordnungsprofil „%1“ (gespeicherte Profile: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Cannot read the mapping profiles</source>
        <translation>Die Zuordnungsprofile können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot delete the mapping profile %1</source>
        <translation>Das Zuordnungsprofil %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>There is no mapping profile &quot;%1&quot;.</source>
        <translation>Es gibt kein Zuordnungsprofil „%1“.</translation>
    </message>
</context>
<context>
    <name>lf::MetricsService</name>
    <message>
        <source>The setting %1 names an unknown time zone &quot;%2&quot;; use an IANA name such as Europe/Berlin, or UTC.</source>
        <translation>Die Einstellung %1 nennt eine unbekannte Zeitzone „%2“; verwenden Sie einen IANA-Namen wie Europe/Berlin oder UTC.</translation>
    </message>
    <message>
        <source>(no campaign)</source>
        <translation>(keine Kampagne)</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>The rates are not a JSON object (%1 at byte %2).</source>
        <translation>Die Raten sind kein JSON-Objekt (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>Unknown rate &quot;%1&quot;; the rates are %2.</source>
        <translation>Unbekannte Rate „%1“; die Raten sind %2.</translation>
    </message>
    <message>
        <source>The rate &quot;%1&quot; must be a number above 0 and at most 1 (0.25 for 25 %).</source>
        <translation>Die Rate „%1“ muss eine Zahl über 0 und höchstens 1 sein (0.25 für 25 %).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number above 0.</source>
        <translation>„%1“ muss eine Zahl über 0 sein.</translation>
    </message>
    <message>
        <source>The revenue goal must be above 0.</source>
        <translation>Das Umsatzziel muss über 0 liegen.</translation>
    </message>
    <message>
        <source>The history from %1 to %2 has no data for %3; type these rates in a JSON file and pass it with --rates FILE.</source>
        <translation>Der Verlauf von %1 bis %2 enthält keine Daten für %3; tragen Sie diese Raten in eine JSON-Datei ein und übergeben Sie sie mit --rates FILE.</translation>
    </message>
</context>
<context>
    <name>lf::NurtureService</name>
    <message>
        <source>%1 uses the placeholder %2, which Leadflow does not know; use one of: %3.</source>
        <translation>%1 verwendet den Platzhalter %2, den Leadflow nicht kennt; verwenden Sie einen von: %3.</translation>
    </message>
    <message>
        <source>%1 has a &quot;{{&quot; that opens no placeholder; write placeholders as {{first_name}} on one line.</source>
        <translation>%1 enthält ein „{{“, das keinen Platzhalter öffnet; schreiben Sie Platzhalter als {{first_name}} in eine Zeile.</translation>
    </message>
    <message>
        <source>Cannot read the steps of sequence %1</source>
        <translation>Die Schritte der Sequenz %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>A sequence needs a name.</source>
        <translation>Eine Sequenz braucht einen Namen.</translation>
    </message>
    <message>
        <source>A sequence name cannot be only digits (&quot;%1&quot; would be read as an id).</source>
        <translation>Ein Sequenzname darf nicht nur aus Ziffern bestehen („%1“ würde als ID gelesen).</translation>
    </message>
    <message>
        <source>A sequence needs at least one step (an email, a call or a wait).</source>
        <translation>Eine Sequenz braucht mindestens einen Schritt (eine E-Mail, einen Anruf oder eine Wartezeit).</translation>
    </message>
    <message>
        <source>Step %1 (wait) must wait from 1 to 3650 days, not %2.</source>
        <translation>Schritt %1 (Warten) muss 1 bis 3650 Tage warten, nicht %2.</translation>
    </message>
    <message>
        <source>Step %1 (email) needs a subject.</source>
        <translation>Schritt %1 (E-Mail) braucht einen Betreff.</translation>
    </message>
    <message>
        <source>Step %1 (call) needs a text that says what the call is about.</source>
        <translation>Schritt %1 (Anruf) braucht einen Text, der sagt, worum es beim Anruf geht.</translation>
    </message>
    <message>
        <source>Step %1 (email) needs a body.</source>
        <translation>Schritt %1 (E-Mail) braucht einen Text.</translation>
    </message>
    <message>
        <source>The subject of step %1 (%2)</source>
        <translation>Der Betreff von Schritt %1 (%2)</translation>
    </message>
    <message>
        <source>The body of step %1 (%2)</source>
        <translation>Der Text von Schritt %1 (%2)</translation>
    </message>
    <message>
        <source>A sequence of waits only does nothing; add an email or a call step.</source>
        <translation>Eine Sequenz nur aus Wartezeiten bewirkt nichts; fügen Sie einen E-Mail- oder Anrufschritt hinzu.</translation>
    </message>
    <message>
        <source>Cannot read the sequences</source>
        <translation>Die Sequenzen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is already a sequence named &quot;%1&quot; (id %2); choose another name.</source>
        <translation>Es gibt bereits eine Sequenz namens „%1“ (ID %2); wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Cannot save the sequence</source>
        <translation>Die Sequenz kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot save the steps of the sequence</source>
        <translation>Die Schritte der Sequenz können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>There is no sequence &quot;%1&quot;; there are no sequences yet.</source>
        <translation>Es gibt keine Sequenz „%1“; es gibt noch keine Sequenzen.</translation>
    </message>
    <message>
        <source>There is no sequence &quot;%1&quot;; the sequences are: %2.</source>
        <translation>Es gibt keine Sequenz „%1“; vorhandene Sequenzen: %2.</translation>
    </message>
    <message>
        <source>Cannot read sequence %1</source>
        <translation>Sequenz %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no sequence %1.</source>
        <translation>Es gibt keine Sequenz %1.</translation>
    </message>
    <message>
        <source>Cannot read lead %1</source>
        <translation>Lead %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>Es gibt keinen Lead %1.</translation>
    </message>
    <message>
        <source>Lead %1 is deleted; restore it before enrolling it.</source>
        <translation>Lead %1 ist gelöscht; stellen Sie ihn wieder her, bevor Sie ihn aufnehmen.</translation>
    </message>
    <message>
        <source>Lead %1 is %2; won, lost and disqualified leads are not nurtured (move a lost or disqualified lead to Nurturing to nurture it again).</source>
        <translation>Lead %1 ist %2; gewonnene, verlorene und disqualifizierte Leads werden nicht gepflegt (verschieben Sie einen verlorenen oder disqualifizierten Lead nach „In Pflege“, um ihn erneut zu pflegen).</translation>
    </message>
    <message>
        <source>The sequence &quot;%1&quot; is switched off and takes no new leads.</source>
        <translation>Die Sequenz „%1“ ist ausgeschaltet und nimmt keine neuen Leads auf.</translation>
    </message>
    <message>
        <source>Cannot read lead %1&apos;s enrolments</source>
        <translation>Die Sequenzaufnahmen von Lead %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Lead %1 is already in the sequence &quot;%2&quot; (enrolment %3, since %4, at step %5 of %6).</source>
        <translation>Lead %1 ist bereits in der Sequenz „%2“ (Aufnahme %3, seit %4, bei Schritt %5 von %6).</translation>
    </message>
    <message>
        <source>Cannot read lead %1&apos;s touchpoints</source>
        <translation>Die Kontaktpunkte von Lead %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Lead %1 unsubscribed on %2; it cannot be enrolled in &quot;%3&quot;, which sends email.</source>
        <translation>Lead %1 hat sich am %2 abgemeldet; er kann nicht in „%3“ aufgenommen werden, da diese Sequenz E-Mails sendet.</translation>
    </message>
    <message>
        <source>Cannot enrol lead %1</source>
        <translation>Lead %1 kann nicht aufgenommen werden</translation>
    </message>
    <message>
        <source>Cannot read enrolment %1</source>
        <translation>Aufnahme %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Enrolment %1 vanished while saving.</source>
        <translation>Aufnahme %1 ist beim Speichern verschwunden.</translation>
    </message>
    <message>
        <source>Cannot read the due enrolments</source>
        <translation>Die fälligen Aufnahmen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot end enrolment %1</source>
        <translation>Aufnahme %1 kann nicht beendet werden</translation>
    </message>
    <message>
        <source>Cannot save enrolment %1</source>
        <translation>Aufnahme %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Email (step %1)</source>
        <translation>E-Mail (Schritt %1)</translation>
    </message>
    <message>
        <source>Call (step %1)</source>
        <translation>Anruf (Schritt %1)</translation>
    </message>
    <message>
        <source>Cannot create a task for lead %1</source>
        <translation>Für Lead %1 kann keine Aufgabe erstellt werden</translation>
    </message>
    <message>
        <source>Cannot end lead %1&apos;s enrolments</source>
        <translation>Die Sequenzaufnahmen von Lead %1 können nicht beendet werden</translation>
    </message>
    <message>
        <source>Cannot read the tasks</source>
        <translation>Die Aufgaben können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read task %1</source>
        <translation>Aufgabe %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>Es gibt keine Aufgabe %1.</translation>
    </message>
    <message>
        <source>Task %1 is already done (%2).</source>
        <translation>Aufgabe %1 ist bereits erledigt (%2).</translation>
    </message>
    <message>
        <source>Cannot save task %1</source>
        <translation>Aufgabe %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Task %1 is a %2 task, not an email.</source>
        <translation>Aufgabe %1 ist eine %2-Aufgabe, keine E-Mail.</translation>
    </message>
    <message>
        <source>Lead %1 has no email address; add one, or send it another way and mark task %2 done.</source>
        <translation>Lead %1 hat keine E-Mail-Adresse; fügen Sie eine hinzu oder kontaktieren Sie ihn anders und markieren Sie Aufgabe %2 als erledigt.</translation>
    </message>
    <message>
        <source>Lead %1&apos;s email address &quot;%2&quot; is not valid; correct it first.</source>
        <translation>Die E-Mail-Adresse „%2“ von Lead %1 ist ungültig; korrigieren Sie sie zuerst.</translation>
    </message>
</context>
<context>
    <name>lf::OutputFile</name>
    <message>
        <source>Cannot write %1: the disk is full. Nothing was written; free some space and try again.</source>
        <translation>%1 kann nicht geschrieben werden: Der Datenträger ist voll. Es wurde nichts geschrieben; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>die Datei ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>lf::PendingWork</name>
    <message>
        <source>Cannot record the rescoring this change needs</source>
        <translation>Die für diese Änderung nötige Neubewertung kann nicht vorgemerkt werden</translation>
    </message>
    <message>
        <source>Cannot read the follow-up work owed</source>
        <translation>Die ausstehenden Nacharbeiten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>rescoring every lead for %1</source>
        <translation>Neubewertung aller Leads für %1</translation>
    </message>
    <message>
        <source>Cannot record that the rescoring was done</source>
        <translation>Der Abschluss der Neubewertung kann nicht erfasst werden</translation>
    </message>
</context>
<context>
    <name>lf::Period</name>
    <message>
        <source>The period needs a valid start and end date.</source>
        <translation>Der Zeitraum braucht ein gültiges Anfangs- und Enddatum.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it begins (%2); --to is exclusive, so give a later date.</source>
        <translation>Der Zeitraum endet (%1), bevor er beginnt (%2); --to ist exklusiv, geben Sie also ein späteres Datum an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period; write a quarter (2027-Q1), a month (2027-03) or a year (2027).</source>
        <translation>„%1“ ist kein Zeitraum; schreiben Sie ein Quartal (2027-Q1), einen Monat (2027-03) oder ein Jahr (2027).</translation>
    </message>
</context>
<context>
    <name>lf::PipelineBoard</name>
    <message>
        <source>No company</source>
        <translation>Kein Unternehmen</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Pipeline board</source>
        <translation>Pipeline-Board</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>Show the leads of</source>
        <translation>Leads anzeigen von</translation>
    </message>
    <message>
        <source>Drag a card to another stage, or press Ctrl+Shift+→ / ←.</source>
        <translation>Ziehen Sie eine Karte in eine andere Phase oder drücken Sie Strg+Umschalt+→ / ←.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the board</source>
        <translation>Board aktualisieren</translation>
    </message>
    <message>
        <source>Board message</source>
        <translation>Board-Meldung</translation>
    </message>
    <message>
        <source>%1 column</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 Leads</translation>
    </message>
    <message>
        <source>Enter opens the lead; Ctrl+Shift+Right or Left moves it to the next or previous stage; the context menu moves it to any stage it may go to.</source>
        <translation>Eingabe öffnet den Lead; Strg+Umschalt+Rechts oder Links verschiebt ihn in die nächste oder vorherige Phase; das Kontextmenü verschiebt ihn in jede zulässige Phase.</translation>
    </message>
    <message>
        <source>No leads</source>
        <translation>Keine Leads</translation>
    </message>
    <message>
        <source>Show more %1 leads</source>
        <translation>Weitere Leads in %1 anzeigen</translation>
    </message>
    <message>
        <source>Show the cards</source>
        <translation>Karten anzeigen</translation>
    </message>
    <message>
        <source>Hide the cards</source>
        <translation>Karten ausblenden</translation>
    </message>
    <message>
        <source>Show %1 cards</source>
        <translation>Karten von %1 anzeigen</translation>
    </message>
    <message>
        <source>Hide %1 cards</source>
        <translation>Karten von %1 ausblenden</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Could not read the users: %1</source>
        <translation>Die Benutzer konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the board: %1</source>
        <translation>Das Board konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>1 lead</source>
        <translation>1 Lead</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>Sum of the deal values of every lead in this stage.</source>
        <translation>Summe der Auftragswerte aller Leads in dieser Phase.</translation>
    </message>
    <message>
        <source>Value %1 in top %2</source>
        <translation>Wert %1 in den besten %2</translation>
    </message>
    <message>
        <source>Sum of the deal values of the %1 best-scored leads shown, of %2 in this stage.</source>
        <translation>Summe der Auftragswerte der %1 angezeigten Leads mit dem besten Score, von %2 in dieser Phase.</translation>
    </message>
    <message>
        <source>Show %1 more (%2 left)</source>
        <translation>%1 weitere anzeigen (%2 übrig)</translation>
    </message>
    <message>
        <source>Only lead cards can be dropped on the board.</source>
        <translation>Nur Lead-Karten können auf dem Board abgelegt werden.</translation>
    </message>
    <message>
        <source>Leads cannot be moved here.</source>
        <translation>Leads können nicht hierher verschoben werden.</translation>
    </message>
    <message>
        <source>The database is open read-only; leads cannot be moved.</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet; Leads können nicht verschoben werden.</translation>
    </message>
    <message>
        <source>%1 cannot move to an earlier stage on the board.</source>
        <translation>%1 kann auf dem Board nicht in eine frühere Phase verschoben werden.</translation>
    </message>
    <message>
        <source>%1 cannot move to a later stage on the board.</source>
        <translation>%1 kann auf dem Board nicht in eine spätere Phase verschoben werden.</translation>
    </message>
    <message>
        <source>Card actions</source>
        <translation>Kartenaktionen</translation>
    </message>
    <message>
        <source>&amp;Open lead</source>
        <translation>Lead ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Move to &amp;next stage (%1)</source>
        <translation>In &amp;nächste Phase verschieben (%1)</translation>
    </message>
    <message>
        <source>Move to &amp;previous stage (%1)</source>
        <translation>In vo&amp;rherige Phase verschieben (%1)</translation>
    </message>
    <message>
        <source>No deal values yet</source>
        <translation>Noch keine Auftragswerte</translation>
    </message>
    <message>
        <source>None of the leads shown has a deal value.</source>
        <translation>Keiner der angezeigten Leads hat einen Auftragswert.</translation>
    </message>
</context>
<context>
    <name>lf::PipelineColumnModel</name>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>Einstufung %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>zuständig: %1</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>Wert %1</translation>
    </message>
</context>
<context>
    <name>lf::Predictor</name>
    <message>
        <source>Cannot count the won and lost leads</source>
        <translation>Die gewonnenen und verlorenen Leads können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Too little history to predict: a prediction needs at least %1 won or lost leads, and there are %2 (%3 won, %4 lost).</source>
        <translation>Zu wenig Verlauf für eine Vorhersage: Eine Vorhersage braucht mindestens %1 gewonnene oder verlorene Leads, vorhanden sind %2 (%3 gewonnen, %4 verloren).</translation>
    </message>
    <message>
        <source>Too little history to predict: a prediction needs at least %1 won and %1 lost leads, and there are %2 won and %3 lost.</source>
        <translation>Zu wenig Verlauf für eine Vorhersage: Eine Vorhersage braucht mindestens %1 gewonnene und %1 verlorene Leads, vorhanden sind %2 gewonnene und %3 verlorene.</translation>
    </message>
    <message>
        <source>Cannot count the won and lost leads by %1</source>
        <translation>Die gewonnenen und verlorenen Leads können nicht nach %1 gezählt werden</translation>
    </message>
</context>
<context>
    <name>lf::QualificationDefinition</name>
    <message>
        <source>The MQL threshold must be between 1 and 1000, not %1.</source>
        <translation>Der MQL-Schwellenwert muss zwischen 1 und 1000 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>Grade thresholds must fall from A to C (A %1, B %2, C %3 given).</source>
        <translation>Die Einstufungsschwellen müssen von A nach C fallen (angegeben: A %1, B %2, C %3).</translation>
    </message>
    <message>
        <source>Give at least one reason a lead can be lost for.</source>
        <translation>Geben Sie mindestens einen Grund an, aus dem ein Lead verloren gehen kann.</translation>
    </message>
    <message>
        <source>Give at least one reason a lead can be disqualified for.</source>
        <translation>Geben Sie mindestens einen Grund an, aus dem ein Lead disqualifiziert werden kann.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of a qualification definition; known keys: %2.</source>
        <translation>„%1“ ist nicht Teil einer Qualifizierungsdefinition; bekannte Schlüssel: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>„%1“ muss ein Text sein.</translation>
    </message>
    <message>
        <source>&quot;auto_mql&quot; must be true or false.</source>
        <translation>&quot;auto_mql&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;grades&quot; must be an object with the thresholds of A, B and C, such as {&quot;A&quot;: 50, &quot;B&quot;: 30, &quot;C&quot;: 10}.</source>
        <translation>&quot;grades&quot; muss ein Objekt mit den Schwellenwerten für A, B und C sein, etwa {&quot;A&quot;: 50, &quot;B&quot;: 30, &quot;C&quot;: 10}.</translation>
    </message>
    <message>
        <source>Grade %1&apos;s threshold must be a whole number.</source>
        <translation>Der Schwellenwert der Einstufung %1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a BANT item; use budget, authority, need or timeline.</source>
        <translation>„%1“ ist kein BANT-Kriterium; verwenden Sie budget, authority, need oder timeline.</translation>
    </message>
    <message>
        <source>Qualification definition</source>
        <translation>Qualifizierungsdefinition</translation>
    </message>
    <message>
        <source>version %1, %2 by %3</source>
        <translation>Version %1, %2 von %3</translation>
    </message>
    <message>
        <source>(shipped, not stored yet)</source>
        <translation>(ausgeliefert, noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>Ideal customer profile:</source>
        <translation>Ideales Kundenprofil:</translation>
    </message>
    <message>
        <source>Un-ideal customer profile:</source>
        <translation>Nicht ideales Kundenprofil:</translation>
    </message>
    <message>
        <source>Score: fit (firmographic rules) + engagement (0-100, from touchpoints with decay).</source>
        <translation>Score: Passung (firmografische Regeln) + Engagement (0–100, aus Kontaktpunkten mit Abklingen).</translation>
    </message>
    <message>
        <source>MQL: score of %1 or more (%2).</source>
        <translation>MQL: Score von %1 oder mehr (%2).</translation>
    </message>
    <message>
        <source>leads move to MQL by themselves</source>
        <translation>Leads werden automatisch zu MQL</translation>
    </message>
    <message>
        <source>set by hand; no automatic move</source>
        <translation>manuell gesetzt; keine automatische Verschiebung</translation>
    </message>
    <message>
        <source>Grades from fit: A at %1 or more, B at %2, C at %3, D below.</source>
        <translation>Einstufungen aus der Passung: A ab %1, B ab %2, C ab %3, darunter D.</translation>
    </message>
    <message>
        <source>SQL required: %1.</source>
        <translation>Für SQL erforderlich: %1.</translation>
    </message>
    <message>
        <source>nothing beyond sales accepting it</source>
        <translation>nichts außer der Annahme durch den Vertrieb</translation>
    </message>
    <message>
        <source>Lost reasons: %1.</source>
        <translation>Verlustgründe: %1.</translation>
    </message>
    <message>
        <source>Disqualification reasons: %1.</source>
        <translation>Disqualifizierungsgründe: %1.</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
</context>
<context>
    <name>lf::QualificationEditor</name>
    <message>
        <source>desktop user</source>
        <translation>Desktop-Benutzer</translation>
    </message>
    <message>
        <source>Ideal customer profile</source>
        <translation>Ideales Kundenprofil</translation>
    </message>
    <message>
        <source>Who we sell to best, in words</source>
        <translation>An wen wir am besten verkaufen, in Worten</translation>
    </message>
    <message>
        <source>&amp;Ideal profile:</source>
        <translation>&amp;Ideales Profil:</translation>
    </message>
    <message>
        <source>Un-ideal customer profile</source>
        <translation>Nicht ideales Kundenprofil</translation>
    </message>
    <message>
        <source>Who we do not want, in words</source>
        <translation>Wen wir nicht wollen, in Worten</translation>
    </message>
    <message>
        <source>&amp;Un-ideal profile:</source>
        <translation>&amp;Nicht ideales Profil:</translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation>MQL-Schwellenwert</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>&amp;Promote to MQL automatically</source>
        <translation>Automatisch zu MQL &amp;hochstufen</translation>
    </message>
    <message>
        <source>Automatic MQL</source>
        <translation>Automatisches MQL</translation>
    </message>
    <message>
        <source>&amp;MQL at score:</source>
        <translation>&amp;MQL ab Score:</translation>
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
        <translation>Einstufung %1 aus dem Passungs-Score</translation>
    </message>
    <message>
        <source>%1 ≥</source>
        <translation>%1 ≥</translation>
    </message>
    <message>
        <source>below C: D</source>
        <translation>unter C: D</translation>
    </message>
    <message>
        <source>&amp;Grades (fit score):</source>
        <translation>&amp;Einstufungen (Passungs-Score):</translation>
    </message>
    <message>
        <source>SQL requires %1</source>
        <translation>SQL erfordert %1</translation>
    </message>
    <message>
        <source>SQL requires:</source>
        <translation>SQL erfordert:</translation>
    </message>
    <message>
        <source>Lost reasons, one per line</source>
        <translation>Verlustgründe, einer pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Lost reasons:</source>
        <translation>&amp;Verlustgründe:</translation>
    </message>
    <message>
        <source>Disqualify reasons, one per line</source>
        <translation>Disqualifizierungsgründe, einer pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Disqualify reasons:</source>
        <translation>&amp;Disqualifizierungsgründe:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Qualification status</source>
        <translation>Qualifizierungsstatus</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>Als neue Version &amp;speichern</translation>
    </message>
    <message>
        <source>Save qualification definition</source>
        <translation>Qualifizierungsdefinition speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Revert to the current version</source>
        <translation>Auf die aktuelle Version zurücksetzen</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Qualification versions</source>
        <translation>Qualifizierungsversionen</translation>
    </message>
    <message>
        <source>Selected version</source>
        <translation>Ausgewählte Version</translation>
    </message>
    <message>
        <source>Shipped definition</source>
        <translation>Ausgelieferte Definition</translation>
    </message>
    <message>
        <source>Version %1 · MQL at %2
%3 %4 by %5</source>
        <translation>Version %1 · MQL ab %2
%3 %4 von %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Als Version %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 Rescoring every lead…</source>
        <translation>%1 Alle Leads werden neu bewertet…</translation>
    </message>
    <message>
        <source>%1 Rescoring failed: %2</source>
        <translation>%1 Neubewertung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 Rescored %2 leads: %3 changed, %4 moved to MQL.</source>
        <translation>%1 %2 Leads neu bewertet: %3 geändert, %4 zu MQL verschoben.</translation>
    </message>
</context>
<context>
    <name>lf::QualificationStore</name>
    <message>
        <source>Cannot read the qualification definition</source>
        <translation>Die Qualifizierungsdefinition kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no version %1 of the qualification definition.</source>
        <translation>Es gibt keine Version %1 der Qualifizierungsdefinition.</translation>
    </message>
    <message>
        <source>Cannot read the qualification definitions</source>
        <translation>Die Qualifizierungsdefinitionen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot save the qualification definition</source>
        <translation>Die Qualifizierungsdefinition kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>lf::Router</name>
    <message>
        <source>Cannot end the previous assignment</source>
        <translation>Die vorherige Zuweisung kann nicht beendet werden</translation>
    </message>
    <message>
        <source>Cannot record the assignment</source>
        <translation>Die Zuweisung kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Cannot save lead %1&apos;s owner</source>
        <translation>Die zuständige Person von Lead %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Lead %1 was changed by someone else while routing it; nothing was saved.</source>
        <translation>Lead %1 wurde während der Zuweisung von jemand anderem geändert; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Cannot write the audit log</source>
        <translation>Das Audit-Protokoll kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Lead %1 is deleted.</source>
        <translation>Lead %1 ist gelöscht.</translation>
    </message>
    <message>
        <source>Lead %1 is %2; closed leads are not routed.</source>
        <translation>Lead %1 ist %2; abgeschlossene Leads werden nicht zugewiesen.</translation>
    </message>
    <message>
        <source>it already belongs to %1</source>
        <translation>er gehört bereits %1</translation>
    </message>
    <message>
        <source>routed again</source>
        <translation>erneut zugewiesen</translation>
    </message>
    <message>
        <source>Cannot read the backlog</source>
        <translation>Der Rückstand kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Routing was cancelled; nobody was assigned.</source>
        <translation>Die Zuweisung wurde abgebrochen; niemand wurde zugewiesen.</translation>
    </message>
    <message>
        <source>Lead %1 cannot go to them: %2.</source>
        <translation>Lead %1 kann nicht an diese Person gehen: %2.</translation>
    </message>
    <message>
        <source>Lead %1 already belongs to %2.</source>
        <translation>Lead %1 gehört bereits %2.</translation>
    </message>
    <message>
        <source>%1 gave it to %2 by hand</source>
        <translation>%1 hat ihn manuell %2 zugewiesen</translation>
    </message>
    <message>
        <source>%1 gave it to %2 by hand: %3</source>
        <translation>%1 hat ihn manuell %2 zugewiesen: %3</translation>
    </message>
    <message>
        <source>reassigned by hand</source>
        <translation>manuell neu zugewiesen</translation>
    </message>
    <message>
        <source>Lead %1 has no owner.</source>
        <translation>Lead %1 hat keine zuständige Person.</translation>
    </message>
    <message>
        <source>unassigned by %1</source>
        <translation>Zuweisung aufgehoben durch %1</translation>
    </message>
    <message>
        <source>Cannot end the assignment</source>
        <translation>Die Zuweisung kann nicht beendet werden</translation>
    </message>
    <message>
        <source>Cannot read lead %1&apos;s owners</source>
        <translation>Die Zuständigen von Lead %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Lead %1 belongs to %2, who was made its owner by editing the lead rather than by routing.</source>
        <translation>Lead %1 gehört %2; die Zuständigkeit entstand durch Bearbeiten des Leads, nicht durch Zuweisung.</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Lead %1 has no owner now; %2, to whom routing gave it, was removed by editing the lead.</source>
        <translation>Lead %1 hat jetzt keine zuständige Person; %2 (per Zuweisung zuständig) wurde durch Bearbeiten des Leads entfernt.</translation>
    </message>
    <message>
        <source>Lead %1 has no owner now; it last belonged to %2 until %3 (%4).</source>
        <translation>Lead %1 hat jetzt keine zuständige Person; er gehörte zuletzt %2 bis %3 (%4).</translation>
    </message>
    <message>
        <source>Lead %1 has no owner; it has never been routed.</source>
        <translation>Lead %1 hat keine zuständige Person; er wurde nie zugewiesen.</translation>
    </message>
    <message>
        <source>Lead %1 belongs to %2 since %3: %4.</source>
        <translation>Lead %1 gehört %2 seit %3: %4.</translation>
    </message>
    <message>
        <source>First contact made %1.</source>
        <translation>Erstkontakt erfolgt %1.</translation>
    </message>
    <message>
        <source>First contact due %1.</source>
        <translation>Erstkontakt fällig %1.</translation>
    </message>
    <message>
        <source>accepted by %1</source>
        <translation>angenommen von %1</translation>
    </message>
    <message>
        <source>accepted by %1: %2</source>
        <translation>angenommen von %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the acceptance</source>
        <translation>Die Annahme kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Rejecting a lead needs a reason.</source>
        <translation>Das Ablehnen eines Leads erfordert einen Grund.</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Cannot record the rejection</source>
        <translation>Die Ablehnung kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>rejected by %1: %2</source>
        <translation>abgelehnt von %1: %2</translation>
    </message>
    <message>
        <source>Recycling a lead needs a reason.</source>
        <translation>Das Zurückführen eines Leads erfordert einen Grund.</translation>
    </message>
    <message>
        <source>The re-nurture date must be in the future.</source>
        <translation>Das Datum für die erneute Pflege muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>recycled: %1</source>
        <translation>zurückgeführt: %1</translation>
    </message>
    <message>
        <source>Cannot reset the score</source>
        <translation>Der Score kann nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <source>Cannot record the first contact</source>
        <translation>Der Erstkontakt kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Cannot record the breach</source>
        <translation>Die Verletzung kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>First contact overdue: %1 (%2)</source>
        <translation>Erstkontakt überfällig: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 had until %2 to make first contact.</source>
        <translation>%1 hatte bis %2 Zeit für den Erstkontakt.</translation>
    </message>
    <message>
        <source>Cannot create the escalation task</source>
        <translation>Die Eskalationsaufgabe kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 made %2 the owner</source>
        <translation>%1 hat %2 als Zuständige(n) eingetragen</translation>
    </message>
    <message>
        <source>%1 made %2 the owner: %3</source>
        <translation>%1 hat %2 als Zuständige(n) eingetragen: %3</translation>
    </message>
</context>
<context>
    <name>lf::Router::Engine</name>
    <message>
        <source>Cannot read the absences</source>
        <translation>Die Abwesenheiten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the reps&apos; load</source>
        <translation>Die Auslastung der Mitarbeiter kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot prepare the assignment</source>
        <translation>Die Zuweisung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>user %1 no longer exists</source>
        <translation>Benutzer %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>%1 handed it back</source>
        <translation>%1 hat ihn zurückgegeben</translation>
    </message>
    <message>
        <source>%1 is inactive</source>
        <translation>%1 ist inaktiv</translation>
    </message>
    <message>
        <source>%1 is away until %2</source>
        <translation>%1 ist abwesend bis %2</translation>
    </message>
    <message>
        <source>the account %1 already belongs to %2</source>
        <translation>der Account %1 gehört bereits %2</translation>
    </message>
    <message>
        <source>the account %1 belongs to %2, but %3</source>
        <translation>der Account %1 gehört %2, aber %3</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; (%2)</source>
        <translation>Regel „%1“ (%2)</translation>
    </message>
    <message>
        <source>%1 names %2</source>
        <translation>%1 nennt %2</translation>
    </message>
    <message>
        <source>; before that, %1</source>
        <translation>; davor %1</translation>
    </message>
    <message>
        <source>%1 names %2, but %3</source>
        <translation>%1 nennt %2, aber %3</translation>
    </message>
    <message>
        <source>%1 sends it to a pool of %n</source>
        <translation>%1 sendet ihn an einen Pool von %n</translation>
    </message>
    <message>
        <source>no routing rule is set up</source>
        <translation>keine Zuweisungsregel ist eingerichtet</translation>
    </message>
    <message>
        <source>no routing rule placed it</source>
        <translation>keine Zuweisungsregel hat ihn zugeordnet</translation>
    </message>
    <message>
        <source>%1, so all %n active reps share it</source>
        <translation>%1, daher teilen ihn sich alle %n aktiven Mitarbeiter</translation>
    </message>
    <message>
        <source>there are no active reps</source>
        <translation>es gibt keine aktiven Mitarbeiter</translation>
    </message>
    <message>
        <source>%1 does not cover %2</source>
        <translation>%1 deckt %2 nicht ab</translation>
    </message>
    <message>
        <source>%1, but %2</source>
        <translation>%1, aber %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <source>%1, round robin weighted by capacity and load: %2 had %3 of %4 this week, the lightest load</source>
        <translation>%1, Round-Robin gewichtet nach Kapazität und Auslastung: %2 hatte %3 von %4 diese Woche, die geringste Auslastung</translation>
    </message>
    <message>
        <source>no set capacity</source>
        <translation>keine festgelegte Kapazität</translation>
    </message>
    <message>
        <source>; %1 more</source>
        <translation>; %1 weitere</translation>
    </message>
    <message>
        <source>this lead</source>
        <translation>dieser Lead</translation>
    </message>
    <message>
        <source>Cannot read the rejected leads</source>
        <translation>Die abgelehnten Leads können nicht gelesen werden</translation>
    </message>
    <message>
        <source>nobody it could go to had room (%1), so it goes to the overflow, %2</source>
        <translation>keiner der infrage kommenden Mitarbeiter hatte noch Kapazität (%1), daher geht er an %2 (Überlauf)</translation>
    </message>
    <message>
        <source>the overflow, %1, cannot take it either: %2</source>
        <translation>auch %1 (Überlauf) kann ihn nicht übernehmen: %2</translation>
    </message>
    <message>
        <source>Nobody could take it: %1. It waits unassigned until someone has room or a manager assigns it.</source>
        <translation>Niemand konnte ihn übernehmen: %1. Er wartet ohne Zuweisung, bis jemand Kapazität frei hat oder ein Manager ihn zuweist.</translation>
    </message>
    <message>
        <source>%1 is at capacity (%2 of %3 this week)</source>
        <translation>%1 ist ausgelastet (%2 von %3 diese Woche)</translation>
    </message>
</context>
<context>
    <name>lf::RoutingRule</name>
    <message>
        <source>A routing rule needs a name.</source>
        <translation>Eine Zuweisungsregel braucht einen Namen.</translation>
    </message>
    <message>
        <source>Routing rule &quot;%1&quot; needs either one user or a pool of users.</source>
        <translation>Zuweisungsregel „%1“ braucht entweder einen Benutzer oder einen Pool von Benutzern.</translation>
    </message>
    <message>
        <source>The first-contact deadline must be between 0 and 1000 business hours.</source>
        <translation>Die Frist für den Erstkontakt muss zwischen 0 und 1000 Geschäftsstunden liegen.</translation>
    </message>
    <message>
        <source>Routing rule &quot;%1&quot;: %2</source>
        <translation>Zuweisungsregel „%1“: %2</translation>
    </message>
    <message>
        <source>every lead</source>
        <translation>jeder Lead</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>lf::RoutingRuleDialog</name>
    <message>
        <source>Add routing rule</source>
        <translation>Zuweisungsregel hinzufügen</translation>
    </message>
    <message>
        <source>Edit routing rule</source>
        <translation>Zuweisungsregel bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. DACH enterprise</source>
        <translation>z. B. DACH Enterprise</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Conditions, one per line</source>
        <translation>Bedingungen, eine pro Zeile</translation>
    </message>
    <message>
        <source>One condition per line, all must hold; empty = every lead.
country in DE,AT
score &gt;= 60
employee_count 51..1000
title ~ director</source>
        <translation>Eine Bedingung pro Zeile, alle müssen erfüllt sein; leer = jeder Lead.
country in DE,AT
score &gt;= 60
employee_count 51..1000
title ~ director</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wenn:</translation>
    </message>
    <message>
        <source>&amp;One user:</source>
        <translation>&amp;Ein Benutzer:</translation>
    </message>
    <message>
        <source>Route to one user</source>
        <translation>An einen Benutzer zuweisen</translation>
    </message>
    <message>
        <source>Target user</source>
        <translation>Zielbenutzer</translation>
    </message>
    <message>
        <source>A &amp;pool, round robin by capacity:</source>
        <translation>Ein &amp;Pool, Round-Robin nach Kapazität:</translation>
    </message>
    <message>
        <source>Route to a pool</source>
        <translation>An einen Pool zuweisen</translation>
    </message>
    <message>
        <source>Pool members</source>
        <translation>Pool-Mitglieder</translation>
    </message>
    <message>
        <source>Goes to:</source>
        <translation>Geht an:</translation>
    </message>
    <message>
        <source>&amp;Own deadline:</source>
        <translation>Eigene &amp;Frist:</translation>
    </message>
    <message>
        <source>Own first-contact deadline</source>
        <translation>Eigene Frist für den Erstkontakt</translation>
    </message>
    <message>
        <source> business hours</source>
        <translation> Geschäftsstunden</translation>
    </message>
    <message>
        <source>First-contact deadline in business hours</source>
        <translation>Frist für den Erstkontakt in Geschäftsstunden</translation>
    </message>
    <message>
        <source>First contact:</source>
        <translation>Erstkontakt:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Problem with the rule</source>
        <translation>Problem mit der Regel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>lf::RoutingRuleModel</name>
    <message>
        <source>every lead</source>
        <translation>jeder Lead</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>pool: %1</source>
        <translation>Pool: %1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Geht an</translation>
    </message>
    <message>
        <source>First contact within</source>
        <translation>Erstkontakt innerhalb</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
</context>
<context>
    <name>lf::RoutingRuleStore</name>
    <message>
        <source>Cannot read the routing rules</source>
        <translation>Die Zuweisungsregeln können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot add the routing rule</source>
        <translation>Die Zuweisungsregel kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot save routing rule %1</source>
        <translation>Zuweisungsregel %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>There is no routing rule %1.</source>
        <translation>Es gibt keine Zuweisungsregel %1.</translation>
    </message>
    <message>
        <source>Cannot remove routing rule %1</source>
        <translation>Zuweisungsregel %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot reorder the routing rules</source>
        <translation>Die Zuweisungsregeln können nicht neu angeordnet werden</translation>
    </message>
</context>
<context>
    <name>lf::RoutingSettings</name>
    <message>
        <source>The setting %1 is &quot;%2&quot;; it must be mql or manual.</source>
        <translation>Die Einstellung %1 ist „%2“; sie muss mql oder manual sein.</translation>
    </message>
</context>
<context>
    <name>lf::RoutingSettingsWidget</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Add &amp;user…</source>
        <translation>&amp;Benutzer hinzufügen…</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Edit u&amp;ser…</source>
        <translation>Benutzer bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <source>Routing rules (the first enabled rule that matches wins)</source>
        <translation>Zuweisungsregeln (die erste aktivierte passende Regel gewinnt)</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Zuweisungsregeln</translation>
    </message>
    <message>
        <source>Add &amp;rule…</source>
        <translation>&amp;Regel hinzufügen…</translation>
    </message>
    <message>
        <source>Add routing rule</source>
        <translation>Zuweisungsregel hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit rule…</source>
        <translation>Regel b&amp;earbeiten…</translation>
    </message>
    <message>
        <source>Edit routing rule</source>
        <translation>Zuweisungsregel bearbeiten</translation>
    </message>
    <message>
        <source>Re&amp;move rule</source>
        <translation>Regel en&amp;tfernen</translation>
    </message>
    <message>
        <source>Remove routing rule</source>
        <translation>Zuweisungsregel entfernen</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move rule up</source>
        <translation>Regel nach oben verschieben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move rule down</source>
        <translation>Regel nach unten verschieben</translation>
    </message>
    <message>
        <source>How routing runs</source>
        <translation>Ablauf der Zuweisung</translation>
    </message>
    <message>
        <source>When a lead becomes MQL</source>
        <translation>Wenn ein Lead zu MQL wird</translation>
    </message>
    <message>
        <source>Only by hand (route / backlog)</source>
        <translation>Nur manuell (zuweisen / Rückstand)</translation>
    </message>
    <message>
        <source>Routing trigger</source>
        <translation>Auslöser der Zuweisung</translation>
    </message>
    <message>
        <source>&amp;Account-based: a lead whose company already has an owner goes to that owner</source>
        <translation>&amp;Accountbasiert: Ein Lead, dessen Unternehmen bereits eine zuständige Person hat, geht an diese Person</translation>
    </message>
    <message>
        <source>Account-based routing</source>
        <translation>Accountbasierte Zuweisung</translation>
    </message>
    <message>
        <source>Reassign on SLA &amp;breach to the next eligible rep</source>
        <translation>Bei SLA-&amp;Verletzung dem nächsten geeigneten Mitarbeiter neu zuweisen</translation>
    </message>
    <message>
        <source>Reassign on SLA breach</source>
        <translation>Bei SLA-Verletzung neu zuweisen</translation>
    </message>
    <message>
        <source>Save routing settin&amp;gs</source>
        <translation>Zuweisungseinstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>Save routing settings</source>
        <translation>Zuweisungseinstellungen speichern</translation>
    </message>
    <message>
        <source>Route &amp;leads:</source>
        <translation>&amp;Leads zuweisen:</translation>
    </message>
    <message>
        <source>Routing status</source>
        <translation>Zuweisungsstatus</translation>
    </message>
    <message>
        <source>Add a user first.</source>
        <translation>Fügen Sie zuerst einen Benutzer hinzu.</translation>
    </message>
    <message>
        <source>Added user %1.</source>
        <translation>Benutzer %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved user %1.</source>
        <translation>Benutzer %1 gespeichert.</translation>
    </message>
    <message>
        <source>Added routing rule “%1”.</source>
        <translation>Zuweisungsregel „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved routing rule “%1”.</source>
        <translation>Zuweisungsregel „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The rule cannot move there.</source>
        <translation>Die Regel kann nicht dorthin verschoben werden.</translation>
    </message>
    <message>
        <source>Moved “%1” to position %2.</source>
        <translation>„%1“ an Position %2 verschoben.</translation>
    </message>
    <message>
        <source>Select a rule to remove.</source>
        <translation>Wählen Sie eine Regel zum Entfernen aus.</translation>
    </message>
    <message>
        <source>Removed routing rule “%1”.</source>
        <translation>Zuweisungsregel „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Saved the routing settings.</source>
        <translation>Die Zuweisungseinstellungen wurden gespeichert.</translation>
    </message>
</context>
<context>
    <name>lf::RowParser</name>
    <message>
        <source>unknown country</source>
        <translation>unbekanntes Land</translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation>unbekannter Status</translation>
    </message>
    <message>
        <source>unreadable amount</source>
        <translation>unlesbarer Betrag</translation>
    </message>
    <message>
        <source>unreadable date</source>
        <translation>unlesbares Datum</translation>
    </message>
    <message>
        <source>no way to contact and no name or company</source>
        <translation>keine Kontaktmöglichkeit und weder Name noch Unternehmen</translation>
    </message>
    <message>
        <source>no valid email or phone</source>
        <translation>keine gültige E-Mail-Adresse oder Telefonnummer</translation>
    </message>
    <message>
        <source>malformed email</source>
        <translation>fehlerhafte E-Mail-Adresse</translation>
    </message>
    <message>
        <source>phone number not recognised</source>
        <translation>Telefonnummer nicht erkannt</translation>
    </message>
    <message>
        <source>the extra columns kept as custom fields are longer than %1 characters together</source>
        <translation>die als benutzerdefinierte Felder behaltenen zusätzlichen Spalten sind zusammen länger als %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>lf::RuleImpact</name>
    <message>
        <source>This change would move 1 lead: </source>
        <translation>Diese Änderung würde 1 Lead verschieben: </translation>
    </message>
    <message>
        <source>This change would move %1 leads: </source>
        <translation>Diese Änderung würde %1 Leads verschieben: </translation>
    </message>
    <message>
        <source>%1 change grade, %2 become MQL, %3 fall below MQL.</source>
        <translation>%1 ändern die Einstufung, %2 werden MQL, %3 fallen unter MQL.</translation>
    </message>
    <message>
        <source>Mean score change %1 over 1 lead.</source>
        <translation>Mittlere Score-Änderung %1 über 1 Lead.</translation>
    </message>
    <message>
        <source>Mean score change %1 over %2 leads.</source>
        <translation>Mittlere Score-Änderung %1 über %2 Leads.</translation>
    </message>
</context>
<context>
    <name>lf::RulePreview</name>
    <message>
        <source>Cannot read the touchpoints</source>
        <translation>Die Kontaktpunkte können nicht gelesen werden</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Die Vorschau wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot count the leads</source>
        <translation>Die Leads können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Cannot read the leads</source>
        <translation>Die Leads können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>lf::SalesFeedbackDialog</name>
    <message>
        <source>Reject %1</source>
        <translation>%1 ablehnen</translation>
    </message>
    <message>
        <source>Recycle %1</source>
        <translation>%1 zurückführen</translation>
    </message>
    <message>
        <source>Hand %1 back: say why, so marketing and routing learn from it.</source>
        <translation>%1 zurückgeben: Sagen Sie, warum, damit Marketing und Zuweisung daraus lernen.</translation>
    </message>
    <message>
        <source>Give %1 back to marketing for nurturing until the time is right.</source>
        <translation>%1 zur Pflege an das Marketing zurückgeben, bis der richtige Zeitpunkt gekommen ist.</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <source>Wrong territory</source>
        <translation>Falsches Gebiet</translation>
    </message>
    <message>
        <source>Cannot reach them</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Already a customer</source>
        <translation>Bereits Kunde</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>No budget this year</source>
        <translation>Kein Budget in diesem Jahr</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>Schlechter Zeitpunkt</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>Noch nicht so weit</translation>
    </message>
    <message>
        <source>Went silent</source>
        <translation>Meldet sich nicht mehr</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>To another rep</source>
        <translation>An einen anderen Mitarbeiter</translation>
    </message>
    <message>
        <source>Back to marketing (nurturing)</source>
        <translation>Zurück an das Marketing (Pflege)</translation>
    </message>
    <message>
        <source>Send it:</source>
        <translation>Weitergeben:</translation>
    </message>
    <message>
        <source>&amp;Look again on</source>
        <translation>&amp;Wiedervorlage am</translation>
    </message>
    <message>
        <source>Look again on</source>
        <translation>Wiedervorlage am</translation>
    </message>
    <message>
        <source>Start the engagement score afresh</source>
        <translation>Engagement-Score neu beginnen</translation>
    </message>
    <message>
        <source>Earlier touchpoints stop counting towards the score</source>
        <translation>Frühere Kontaktpunkte zählen nicht mehr zum Score</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Recycle</source>
        <translation>Zurückführen</translation>
    </message>
</context>
<context>
    <name>lf::ScoreCard</name>
    <message>
        <source>Score %1 = fit %2 + engagement %3; grade %4.</source>
        <translation>Score %1 = Passung %2 + Engagement %3; Einstufung %4.</translation>
    </message>
    <message>
        <source>Fit (the lead&apos;s fields):</source>
        <translation>Passung (Felder des Leads):</translation>
    </message>
    <message>
        <source>no fit rule applies</source>
        <translation>keine Passungsregel greift</translation>
    </message>
    <message>
        <source>Engagement (touchpoints):</source>
        <translation>Engagement (Kontaktpunkte):</translation>
    </message>
    <message>
        <source>(%n touchpoint(s), %1 points</source>
        <translation>(%n Kontaktpunkt(e), %1 Punkte</translation>
    </message>
    <message>
        <source>, %1 after decay with a %2-day half-life</source>
        <translation>, %1 nach Abklingen mit %2 Tagen Halbwertszeit</translation>
    </message>
    <message>
        <source>, capped at %1</source>
        <translation>, begrenzt auf %1</translation>
    </message>
    <message>
        <source>no engagement rule applies</source>
        <translation>keine Engagement-Regel greift</translation>
    </message>
    <message>
        <source>engagement %1 held to the 0-100 range</source>
        <translation>Engagement %1 auf den Bereich 0–100 begrenzt</translation>
    </message>
    <message>
        <source>Decay took away %1 points; caps held back %2.</source>
        <translation>Das Abklingen hat %1 Punkte abgezogen; Obergrenzen haben %2 zurückgehalten.</translation>
    </message>
</context>
<context>
    <name>lf::ScoringModel</name>
    <message>
        <source>Score %1 reached the MQL threshold %2 (qualification definition v%3).</source>
        <translation>Score %1 hat den MQL-Schwellenwert %2 erreicht (Qualifizierungsdefinition v%3).</translation>
    </message>
</context>
<context>
    <name>lf::ScoringRule</name>
    <message>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>Regel „%1“: %2</translation>
    </message>
    <message>
        <source>A scoring rule needs a name.</source>
        <translation>Eine Scoring-Regel braucht einen Namen.</translation>
    </message>
    <message>
        <source>points must not be 0.</source>
        <translation>Punkte dürfen nicht 0 sein.</translation>
    </message>
    <message>
        <source>points must be between -1000 and 1000.</source>
        <translation>Punkte müssen zwischen -1000 und 1000 liegen.</translation>
    </message>
    <message>
        <source>an engagement rule looks at a touchpoint&apos;s type, channel or campaign, not &quot;%1&quot;.</source>
        <translation>eine Engagement-Regel betrachtet Typ, Kanal oder Kampagne eines Kontaktpunkts, nicht „%1“.</translation>
    </message>
    <message>
        <source>an engagement rule needs the list of %1 values it counts.</source>
        <translation>eine Engagement-Regel braucht die Liste der %1-Werte, die sie zählt.</translation>
    </message>
    <message>
        <source>the cap must be between 1 and 1000 points.</source>
        <translation>die Obergrenze muss zwischen 1 und 1000 Punkten liegen.</translation>
    </message>
    <message>
        <source>the half-life must be between 0 and 3650 days (greater than 0).</source>
        <translation>die Halbwertszeit muss zwischen 0 und 3650 Tagen liegen (größer als 0).</translation>
    </message>
    <message>
        <source>cap and half-life belong to engagement rules; a fit rule scores the lead&apos;s fields once.</source>
        <translation>Obergrenze und Halbwertszeit gehören zu Engagement-Regeln; eine Passungsregel bewertet die Felder des Leads einmal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead field (see `leadflow-cli fields`).</source>
        <translation>„%1“ ist kein Lead-Feld (siehe `leadflow-cli fields`).</translation>
    </message>
    <message>
        <source>%1 comes from the rules themselves; a rule cannot score it.</source>
        <translation>%1 ergibt sich aus den Regeln selbst; eine Regel kann es nicht bewerten.</translation>
    </message>
    <message>
        <source>%1 tells where the lead stands in the funnel, not who it is; fit rules cannot use it.</source>
        <translation>%1 gibt an, wo der Lead im Trichter steht, nicht wer er ist; Passungsregeln können es nicht verwenden.</translation>
    </message>
    <message>
        <source>&quot;is one of&quot; needs at least one value.</source>
        <translation>„ist eines von“ braucht mindestens einen Wert.</translation>
    </message>
    <message>
        <source>&quot;is one of&quot; works on text fields; %1 is a number.</source>
        <translation>„ist eines von“ funktioniert bei Textfeldern; %1 ist eine Zahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country.</source>
        <translation>„%1“ ist kein Land.</translation>
    </message>
    <message>
        <source>a range needs a number field; %1 is text.</source>
        <translation>ein Bereich braucht ein Zahlenfeld; %1 ist Text.</translation>
    </message>
    <message>
        <source>&quot;at least&quot; needs a minimum.</source>
        <translation>„mindestens“ braucht ein Minimum.</translation>
    </message>
    <message>
        <source>a range needs a minimum, a maximum or both.</source>
        <translation>ein Bereich braucht ein Minimum, ein Maximum oder beides.</translation>
    </message>
    <message>
        <source>the minimum (%1) is above the maximum (%2).</source>
        <translation>das Minimum (%1) liegt über dem Maximum (%2).</translation>
    </message>
    <message>
        <source>&quot;matches&quot; works on text fields.</source>
        <translation>„entspricht“ funktioniert bei Textfeldern.</translation>
    </message>
    <message>
        <source>the pattern &quot;%1&quot; is not a valid regular expression: %2.</source>
        <translation>das Muster „%1“ ist kein gültiger regulärer Ausdruck: %2.</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 ist eines von %2</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1 zwischen %2 und %3</translation>
    </message>
    <message>
        <source>%1 at least %2</source>
        <translation>%1 mindestens %2</translation>
    </message>
    <message>
        <source>%1 at most %2</source>
        <translation>%1 höchstens %2</translation>
    </message>
    <message>
        <source>%1 matches /%2/</source>
        <translation>%1 entspricht /%2/</translation>
    </message>
    <message>
        <source>%1 is given</source>
        <translation>%1 ist angegeben</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: kind must be &quot;fit&quot; or &quot;engagement&quot;.</source>
        <translation>Regel „%1“: kind muss &quot;fit&quot; oder &quot;engagement&quot; sein.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: operator must be one of in, range, at_least, matches, present.</source>
        <translation>Regel „%1“: operator muss eines von in, range, at_least, matches, present sein.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: %2 must be a number.</source>
        <translation>Regel „%1“: %2 muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: cap must be a whole number.</source>
        <translation>Regel „%1“: cap muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: enabled must be true or false.</source>
        <translation>Regel „%1“: enabled muss true oder false sein.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: points must be a whole number.</source>
        <translation>Regel „%1“: points muss eine ganze Zahl sein.</translation>
    </message>
</context>
<context>
    <name>lf::ScoringRuleDialog</name>
    <message>
        <source>Add scoring rule</source>
        <translation>Scoring-Regel hinzufügen</translation>
    </message>
    <message>
        <source>Edit scoring rule</source>
        <translation>Scoring-Regel bearbeiten</translation>
    </message>
    <message>
        <source>Fit (the lead&apos;s own fields)</source>
        <translation>Passung (eigene Felder des Leads)</translation>
    </message>
    <message>
        <source>Engagement (touchpoints)</source>
        <translation>Engagement (Kontaktpunkte)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Target industry</source>
        <translation>z. B. Zielbranche</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>ist eines von</translation>
    </message>
    <message>
        <source>between (inclusive)</source>
        <translation>zwischen (einschließlich)</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>matches (regular expression)</source>
        <translation>entspricht (regulärer Ausdruck)</translation>
    </message>
    <message>
        <source>has a value</source>
        <translation>hat einen Wert</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>comma-separated, e.g. Software, SaaS</source>
        <translation>kommagetrennt, z. B. Software, SaaS</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Werte:</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>e.g. director|head of</source>
        <translation>z. B. director|head of</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>P&amp;oints:</source>
        <translation>P&amp;unkte:</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Cap (engagement):</source>
        <translation>Ober&amp;grenze (Engagement):</translation>
    </message>
    <message>
        <source>Half-life in days</source>
        <translation>Halbwertszeit in Tagen</translation>
    </message>
    <message>
        <source>no decay</source>
        <translation>kein Abklingen</translation>
    </message>
    <message>
        <source>&amp;Half-life, days (engagement):</source>
        <translation>&amp;Halbwertszeit, Tage (Engagement):</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>A&amp;ktiviert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Problem with the rule</source>
        <translation>Problem mit der Regel</translation>
    </message>
    <message>
        <source>Preview change</source>
        <translation>Änderung in der Vorschau anzeigen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Touchpoint type</source>
        <translation>Kontaktpunkttyp</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>The minimum</source>
        <translation>Das Minimum</translation>
    </message>
    <message>
        <source>The maximum</source>
        <translation>Das Maximum</translation>
    </message>
    <message>
        <source>The cap must be a whole number.</source>
        <translation>Die Obergrenze muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>The half-life</source>
        <translation>Die Halbwertszeit</translation>
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
        <translation>beliebig</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passung</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Touchpoint type</source>
        <translation>Kontaktpunkttyp</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>ist eines von</translation>
    </message>
    <message>
        <source>between</source>
        <translation>zwischen</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>entspricht</translation>
    </message>
    <message>
        <source>has a value</source>
        <translation>hat einen Wert</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation>Halbwertszeit</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
</context>
<context>
    <name>lf::ScoringRuleStore</name>
    <message>
        <source>Cannot read the scoring rules</source>
        <translation>Die Scoring-Regeln können nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no scoring rule %1.</source>
        <translation>Es gibt keine Scoring-Regel %1.</translation>
    </message>
    <message>
        <source>Cannot add the scoring rule</source>
        <translation>Die Scoring-Regel kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot save scoring rule %1</source>
        <translation>Scoring-Regel %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot remove scoring rule %1</source>
        <translation>Scoring-Regel %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>This is not a Leadflow scoring rules file (it needs &quot;format&quot;: &quot;leadflow-scoring-rules&quot; and a &quot;rules&quot; list).</source>
        <translation>Dies ist keine Leadflow-Scoring-Regeldatei (sie braucht &quot;format&quot;: &quot;leadflow-scoring-rules&quot; und eine &quot;rules&quot;-Liste).</translation>
    </message>
    <message>
        <source>These scoring rules were written by a newer Leadflow (format version %1).</source>
        <translation>Diese Scoring-Regeln wurden von einer neueren Leadflow-Version geschrieben (Formatversion %1).</translation>
    </message>
    <message>
        <source>Rule %1 of the file: %2</source>
        <translation>Regel %1 der Datei: %2</translation>
    </message>
    <message>
        <source>Cannot replace the scoring rules</source>
        <translation>Die Scoring-Regeln können nicht ersetzt werden</translation>
    </message>
</context>
<context>
    <name>lf::ScoringRulesEditor</name>
    <message>
        <source>Fit rules score a lead&apos;s own fields (the ideal customer profile); engagement rules give points for touchpoints, up to a cap, fading with a half-life. Every change is previewed before it is applied.</source>
        <translation>Passungsregeln bewerten die eigenen Felder eines Leads (das ideale Kundenprofil); Engagement-Regeln vergeben Punkte für Kontaktpunkte, bis zu einer Obergrenze und mit einer Halbwertszeit abklingend. Jede Änderung wird vor dem Anwenden in einer Vorschau gezeigt.</translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation>Scoring-Regeln</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>Regel bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Enable or disable rule</source>
        <translation>Regel aktivieren oder deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import rules from JSON</source>
        <translation>Regeln aus JSON importieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export rules to JSON</source>
        <translation>Regeln als JSON exportieren</translation>
    </message>
    <message>
        <source>Proposed change</source>
        <translation>Vorgeschlagene Änderung</translation>
    </message>
    <message>
        <source>Leads this change would move</source>
        <translation>Leads, die diese Änderung verschieben würde</translation>
    </message>
    <message>
        <source>A&amp;pply change</source>
        <translation>Änderung an&amp;wenden</translation>
    </message>
    <message>
        <source>Apply change</source>
        <translation>Änderung anwenden</translation>
    </message>
    <message>
        <source>Dis&amp;card</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>Änderung verwerfen</translation>
    </message>
    <message>
        <source>Scoring rules status</source>
        <translation>Status der Scoring-Regeln</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Import scoring rules</source>
        <translation>Scoring-Regeln importieren</translation>
    </message>
    <message>
        <source>Scoring rules (*.json);;All files (*)</source>
        <translation>Scoring-Regeln (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export scoring rules</source>
        <translation>Scoring-Regeln exportieren</translation>
    </message>
    <message>
        <source>Scoring rules (*.json)</source>
        <translation>Scoring-Regeln (*.json)</translation>
    </message>
    <message>
        <source>Add rule “%1”: %2, %3.</source>
        <translation>Regel „%1“ hinzufügen: %2, %3.</translation>
    </message>
    <message>
        <source>Enable rule “%1”.</source>
        <translation>Regel „%1“ aktivieren.</translation>
    </message>
    <message>
        <source>Disable rule “%1”.</source>
        <translation>Regel „%1“ deaktivieren.</translation>
    </message>
    <message>
        <source>Change rule “%1”: %2, %3.</source>
        <translation>Regel „%1“ ändern: %2, %3.</translation>
    </message>
    <message>
        <source>Remove rule “%1”.</source>
        <translation>Regel „%1“ entfernen.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2 at byte %3).</source>
        <translation>%1 ist kein JSON-Objekt (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>%1 is not a Leadflow scoring rules export.</source>
        <translation>%1 ist kein Leadflow-Export von Scoring-Regeln.</translation>
    </message>
    <message>
        <source>Rule %1 in %2: %3</source>
        <translation>Regel %1 in %2: %3</translation>
    </message>
    <message>
        <source>Replace every rule with the %1 of %2.</source>
        <translation>Alle Regeln durch die %1 aus %2 ersetzen.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>%1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Computing how many leads this change would move…</source>
        <translation>Berechnung, wie viele Leads diese Änderung verschieben würde…</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>Die Vorschau ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>There is no change to apply.</source>
        <translation>Es gibt keine Änderung zum Anwenden.</translation>
    </message>
    <message>
        <source>Added rule “%1”.</source>
        <translation>Regel „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved rule “%1”.</source>
        <translation>Regel „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Removed the rule.</source>
        <translation>Die Regel wurde entfernt.</translation>
    </message>
    <message>
        <source>Replaced the scoring rules with %1 imported.</source>
        <translation>Die Scoring-Regeln wurden durch %1 importierte ersetzt.</translation>
    </message>
    <message>
        <source>%1 Rescoring every lead…</source>
        <translation>%1 Alle Leads werden neu bewertet…</translation>
    </message>
    <message>
        <source>%1 Rescoring failed: %2</source>
        <translation>%1 Neubewertung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 Rescored %2 leads: %3 changed, %4 moved to MQL.</source>
        <translation>%1 %2 Leads neu bewertet: %3 geändert, %4 zu MQL verschoben.</translation>
    </message>
</context>
<context>
    <name>lf::ScoringService</name>
    <message>
        <source>Leadflow scoring</source>
        <translation>Leadflow-Scoring</translation>
    </message>
    <message>
        <source>%1 engagement rules are enabled; Leadflow scores with at most %2. Disable or merge some.</source>
        <translation>%1 Engagement-Regeln sind aktiviert; Leadflow bewertet mit höchstens %2. Deaktivieren oder fassen Sie einige zusammen.</translation>
    </message>
    <message>
        <source>Cannot read lead %1&apos;s touchpoints</source>
        <translation>Die Kontaktpunkte von Lead %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot save lead %1&apos;s score</source>
        <translation>Der Score von Lead %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Rescoring needs an SQLite database.</source>
        <translation>Die Neubewertung erfordert eine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>Cannot count the leads</source>
        <translation>Die Leads können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Cannot read the touchpoints</source>
        <translation>Die Kontaktpunkte können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the campaigns</source>
        <translation>Die Kampagnen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Rescoring was cancelled; no score changed.</source>
        <translation>Die Neubewertung wurde abgebrochen; kein Score wurde geändert.</translation>
    </message>
    <message>
        <source>Cannot read the leads</source>
        <translation>Die Leads können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot save the scores</source>
        <translation>Die Scores können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot move a lead to MQL</source>
        <translation>Ein Lead kann nicht zu MQL verschoben werden</translation>
    </message>
    <message>
        <source>Cannot write the stage history</source>
        <translation>Der Phasenverlauf kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot write the audit log</source>
        <translation>Das Audit-Protokoll kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>lf::SegmentStore</name>
    <message>
        <source>Cannot list the saved segments</source>
        <translation>Die gespeicherten Segmente können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot read the saved segments</source>
        <translation>Die gespeicherten Segmente können nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no saved segment &quot;%1&quot;.</source>
        <translation>Es gibt kein gespeichertes Segment „%1“.</translation>
    </message>
    <message>
        <source>A saved segment needs a name.</source>
        <translation>Ein gespeichertes Segment braucht einen Namen.</translation>
    </message>
    <message>
        <source>Cannot save the segment &quot;%1&quot;</source>
        <translation>Das Segment „%1“ kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot delete the saved segment &quot;%1&quot;</source>
        <translation>Das gespeicherte Segment „%1“ kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>lf::Sequence</name>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>„%1“ muss Text sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>„%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>A sequence needs &quot;steps&quot;, a list of steps.</source>
        <translation>Eine Sequenz braucht &quot;steps&quot;, eine Liste von Schritten.</translation>
    </message>
    <message>
        <source>Step %1 is not an object.</source>
        <translation>Schritt %1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
</context>
<context>
    <name>lf::SequenceStep</name>
    <message>
        <source>email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>call: %1</source>
        <translation>Anruf: %1</translation>
    </message>
    <message>
        <source>A step&apos;s &quot;kind&quot; must be email, call or wait, not &quot;%1&quot;.</source>
        <translation>&quot;kind&quot; eines Schritts muss email, call oder wait sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>A step&apos;s &quot;wait_days&quot; must be a whole number of days.</source>
        <translation>&quot;wait_days&quot; eines Schritts muss eine ganze Anzahl von Tagen sein.</translation>
    </message>
    <message>
        <source>A step&apos;s &quot;%1&quot; must be text.</source>
        <translation>„%1“ eines Schritts muss Text sein.</translation>
    </message>
</context>
<context>
    <name>lf::SequencesEditor</name>
    <message>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <source>Sequences and their steps</source>
        <translation>Sequenzen und ihre Schritte</translation>
    </message>
    <message>
        <source>Sequence / step</source>
        <translation>Sequenz / Schritt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Ausgestiegen</translation>
    </message>
    <message>
        <source>New sequence</source>
        <translation>Neue Sequenz</translation>
    </message>
    <message>
        <source>Sequence name</source>
        <translation>Sequenzname</translation>
    </message>
    <message>
        <source>e.g. E-book follow-up</source>
        <translation>z. B. E-Book-Nachfassen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Sequence description</source>
        <translation>Sequenzbeschreibung</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Enrol leads that enter &amp;Nurturing by themselves</source>
        <translation>Leads aufnehmen, die von selbst in „In &amp;Pflege“ wechseln</translation>
    </message>
    <message>
        <source>Enrol on nurturing</source>
        <translation>Bei „In Pflege“ aufnehmen</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Step kind</source>
        <translation>Schrittart</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Wait days</source>
        <translation>Wartetage</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Schritt:</translation>
    </message>
    <message>
        <source>Subject or call text</source>
        <translation>Betreff oder Anruftext</translation>
    </message>
    <message>
        <source>e.g. Your e-book, {{first_name|there}}</source>
        <translation>z. B. Ihr E-Book, {{first_name|there}}</translation>
    </message>
    <message>
        <source>Su&amp;bject / call:</source>
        <translation>Be&amp;treff / Anruf:</translation>
    </message>
    <message>
        <source>Email body or call notes</source>
        <translation>E-Mail-Text oder Anrufnotizen</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Platzhalter: %1</translation>
    </message>
    <message>
        <source>B&amp;ody / notes:</source>
        <translation>Te&amp;xt / Notizen:</translation>
    </message>
    <message>
        <source>Problem with the step</source>
        <translation>Problem mit dem Schritt</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>Schritt &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Steps of the new sequence</source>
        <translation>Schritte der neuen Sequenz</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>&amp;Create sequence</source>
        <translation>Sequenz e&amp;rstellen</translation>
    </message>
    <message>
        <source>Create sequence</source>
        <translation>Sequenz erstellen</translation>
    </message>
    <message>
        <source>Sequences status</source>
        <translation>Sequenzstatus</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>enrols on Nurturing</source>
        <translation>nimmt bei „In Pflege“ auf</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>wait 1 day</source>
        <translation>1 Tag warten</translation>
    </message>
    <message>
        <source>wait %1 days</source>
        <translation>%1 Tage warten</translation>
    </message>
    <message>
        <source>email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>call: %1</source>
        <translation>Anruf: %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>An email step needs a subject.</source>
        <translation>Ein E-Mail-Schritt braucht einen Betreff.</translation>
    </message>
    <message>
        <source>A call step needs a text.</source>
        <translation>Ein Anrufschritt braucht einen Text.</translation>
    </message>
    <message>
        <source>An email step needs a body.</source>
        <translation>Ein E-Mail-Schritt braucht einen Text.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Created the sequence “%1” with %2 steps.</source>
        <translation>Die Sequenz „%1“ mit %2 Schritten wurde erstellt.</translation>
    </message>
</context>
<context>
    <name>lf::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Qualification</source>
        <translation>&amp;Qualifizierung</translation>
    </message>
    <message>
        <source>Scoring &amp;rules</source>
        <translation>Scoring-&amp;Regeln</translation>
    </message>
    <message>
        <source>Routing &amp;&amp; &amp;users</source>
        <translation>Zuweisung &amp;&amp; &amp;Benutzer</translation>
    </message>
    <message>
        <source>SLA &amp;hours</source>
        <translation>SLA-&amp;Zeiten</translation>
    </message>
    <message>
        <source>Se&amp;quences</source>
        <translation>S&amp;equenzen</translation>
    </message>
    <message>
        <source>This database is open read-only: %1</source>
        <translation>Diese Datenbank ist schreibgeschützt geöffnet: %1</translation>
    </message>
</context>
<context>
    <name>lf::SlaHoursEditor</name>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation>Zeitzone des Systems (%1)</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>%1 is a business day</source>
        <translation>%1 ist ein Geschäftstag</translation>
    </message>
    <message>
        <source>Business days:</source>
        <translation>Geschäftstage:</translation>
    </message>
    <message>
        <source>Opening time</source>
        <translation>Öffnungszeit</translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation>Schließzeit</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Uhrzeiten:</translation>
    </message>
    <message>
        <source> business hours</source>
        <translation> Geschäftsstunden</translation>
    </message>
    <message>
        <source>Default first-contact deadline</source>
        <translation>Standardfrist für den Erstkontakt</translation>
    </message>
    <message>
        <source>&amp;Default first-contact deadline:</source>
        <translation>&amp;Standardfrist für den Erstkontakt:</translation>
    </message>
    <message>
        <source>Business calendar summary</source>
        <translation>Zusammenfassung des Geschäftskalenders</translation>
    </message>
    <message>
        <source>&amp;Save business hours</source>
        <translation>Geschäftszeiten s&amp;peichern</translation>
    </message>
    <message>
        <source>Save business hours</source>
        <translation>Geschäftszeiten speichern</translation>
    </message>
    <message>
        <source>Holidays (no business hours on these dates)</source>
        <translation>Feiertage (an diesen Tagen keine Geschäftszeiten)</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>Holiday date</source>
        <translation>Datum des Feiertags</translation>
    </message>
    <message>
        <source>name, e.g. New Year</source>
        <translation>Name, z. B. Neujahr</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>Name des Feiertags</translation>
    </message>
    <message>
        <source>&amp;Add holiday</source>
        <translation>Feiertag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Feiertag hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move holiday</source>
        <translation>Feiertag ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation>Feiertag entfernen</translation>
    </message>
    <message>
        <source>SLA hours status</source>
        <translation>Status der SLA-Zeiten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>„%1“ ist keine Zeitzone.</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Gespeichert: %1.</translation>
    </message>
    <message>
        <source>Give the holiday a name.</source>
        <translation>Geben Sie dem Feiertag einen Namen.</translation>
    </message>
    <message>
        <source>Added the holiday %1 on %2.</source>
        <translation>Feiertag %1 am %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Removed the holiday on %1.</source>
        <translation>Feiertag am %1 entfernt.</translation>
    </message>
</context>
<context>
    <name>lf::TaskTableModel</name>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>No due time</source>
        <translation>Keine Fälligkeit</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Heute %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Gestern %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Morgen %1</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Lead %1</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1, Schritt %2</translation>
    </message>
    <message>
        <source>Overdue: due %1</source>
        <translation>Überfällig: fällig %1</translation>
    </message>
    <message>
        <source>Overdue, due %1</source>
        <translation>Überfällig, fällig %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Sequence step</source>
        <translation>Sequenzschritt</translation>
    </message>
</context>
<context>
    <name>lf::TasksPage</name>
    <message>
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Whose tasks</source>
        <translation>Wessen Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Which tasks</source>
        <translation>Welche Aufgaben</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the tasks</source>
        <translation>Aufgaben aktualisieren</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Erledigen</translation>
    </message>
    <message>
        <source>Complete the task</source>
        <translation>Aufgabe erledigen</translation>
    </message>
    <message>
        <source>Mark the task done (Ctrl+D)</source>
        <translation>Aufgabe als erledigt markieren (Strg+D)</translation>
    </message>
    <message>
        <source>&amp;Open lead</source>
        <translation>Lead ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the task&apos;s lead</source>
        <translation>Lead der Aufgabe öffnen</translation>
    </message>
    <message>
        <source>Open the lead (Enter)</source>
        <translation>Lead öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>Compose &amp;email</source>
        <translation>E-&amp;Mail verfassen</translation>
    </message>
    <message>
        <source>Compose the task&apos;s email</source>
        <translation>E-Mail der Aufgabe verfassen</translation>
    </message>
    <message>
        <source>Open the email in your mail client, mark the task done and log the email on the lead</source>
        <translation>E-Mail im Mailprogramm öffnen, Aufgabe als erledigt markieren und E-Mail beim Lead protokollieren</translation>
    </message>
    <message>
        <source>Overdue first contacts</source>
        <translation>Überfällige Erstkontakte</translation>
    </message>
    <message>
        <source>Enter or double-click opens the lead.</source>
        <translation>Eingabe oder Doppelklick öffnet den Lead.</translation>
    </message>
    <message>
        <source>Leads assigned to this user that nobody has called, emailed or met yet, past their first-contact deadline.</source>
        <translation>Diesem Benutzer zugewiesene Leads, die noch niemand angerufen, angeschrieben oder getroffen hat und deren Frist für den Erstkontakt abgelaufen ist.</translation>
    </message>
    <message>
        <source>Could not read the users: %1</source>
        <translation>Die Benutzer konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Nobody (leads without an owner)</source>
        <translation>Niemand (Leads ohne zuständige Person)</translation>
    </message>
    <message>
        <source>Could not bring the sequences up to date: %1</source>
        <translation>Die Sequenzen konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Could not read the tasks: %1</source>
        <translation>Die Aufgaben konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 Aufgabe</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 Aufgaben</translation>
    </message>
    <message>
        <source>%1, &lt;span style=&quot;color:%2&quot;&gt;&lt;b&gt;%3 overdue&lt;/b&gt;&lt;/span&gt;</source>
        <translation>%1, &lt;span style=&quot;color:%2&quot;&gt;&lt;b&gt;%3 überfällig&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Heute ist nichts fällig.</translation>
    </message>
    <message>
        <source>No overdue tasks.</source>
        <translation>Keine überfälligen Aufgaben.</translation>
    </message>
    <message>
        <source>No tasks coming up.</source>
        <translation>Keine anstehenden Aufgaben.</translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation>Keine offenen Aufgaben.</translation>
    </message>
    <message>
        <source>Could not read the overdue first contacts: %1</source>
        <translation>Die überfälligen Erstkontakte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 business hours late</source>
        <translation>%1 Geschäftsstunden verspätet</translation>
    </message>
    <message>
        <source>%1
Due %2, %3</source>
        <translation>%1
Fällig %2, %3</translation>
    </message>
    <message>
        <source>Assigned %1; first contact was due %2.</source>
        <translation>Zugewiesen %1; Erstkontakt war fällig %2.</translation>
    </message>
    <message>
        <source>&amp;Overdue first contacts (%1)</source>
        <translation>&amp;Überfällige Erstkontakte (%1)</translation>
    </message>
    <message>
        <source>&amp;Overdue first contacts</source>
        <translation>&amp;Überfällige Erstkontakte</translation>
    </message>
    <message>
        <source>None: every lead has been contacted in time.</source>
        <translation>Keine: Jeder Lead wurde rechtzeitig kontaktiert.</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>The database is open read-only; tasks cannot be completed.</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet; Aufgaben können nicht erledigt werden.</translation>
    </message>
    <message>
        <source>Done: %1 (%2); the email is logged on the lead.</source>
        <translation>Erledigt: %1 (%2); die E-Mail ist beim Lead protokolliert.</translation>
    </message>
    <message>
        <source>Done: %1 (%2).</source>
        <translation>Erledigt: %1 (%2).</translation>
    </message>
    <message>
        <source>Only email tasks can be composed.</source>
        <translation>Nur E-Mail-Aufgaben können verfasst werden.</translation>
    </message>
    <message>
        <source>The database is open read-only; the email cannot be logged.</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet; die E-Mail kann nicht protokolliert werden.</translation>
    </message>
    <message>
        <source>No mail client opened the email to %1. The task stays open.</source>
        <translation>Kein Mailprogramm hat die E-Mail an %1 geöffnet. Die Aufgabe bleibt offen.</translation>
    </message>
    <message>
        <source>The email to %1 is open in your mail client; the task is done and the email logged on the lead.</source>
        <translation>Die E-Mail an %1 ist in Ihrem Mailprogramm geöffnet; die Aufgabe ist erledigt und die E-Mail beim Lead protokolliert.</translation>
    </message>
    <message>
        <source>The lead has no value for %1; check the text before sending.</source>
        <translation>Der Lead hat keinen Wert für %1; prüfen Sie den Text vor dem Senden.</translation>
    </message>
    <message>
        <source>The call was not logged; the task stays open.</source>
        <translation>Der Anruf wurde nicht erfasst; die Aufgabe bleibt offen.</translation>
    </message>
    <message>
        <source>Done: %1 (%2); the call is logged on the lead.</source>
        <translation>Erledigt: %1 (%2); der Anruf ist beim Lead erfasst.</translation>
    </message>
    <message>
        <source>Done: %1 (%2); the call (%3) is logged on the lead.</source>
        <translation>Erledigt: %1 (%2); der Anruf (%3) ist beim Lead erfasst.</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <source>Act on the task&apos;s lead</source>
        <translation>Mit dem Lead der Aufgabe arbeiten</translation>
    </message>
    <message>
        <source>Log a call, email or meeting with the lead, or give sales feedback on it</source>
        <translation>Einen Anruf, eine E-Mail oder ein Meeting mit dem Lead erfassen oder Rückmeldung aus dem Vertrieb geben</translation>
    </message>
    <message>
        <source>Log &amp;call…</source>
        <translation>&amp;Anruf protokollieren…</translation>
    </message>
    <message>
        <source>Log &amp;email…</source>
        <translation>&amp;E-Mail protokollieren…</translation>
    </message>
    <message>
        <source>Log &amp;meeting…</source>
        <translation>&amp;Meeting protokollieren…</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>A&amp;nnehmen</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
    <message>
        <source>Rec&amp;ycle…</source>
        <translation>Zu&amp;rückführen…</translation>
    </message>
    <message>
        <source>Logged on %1.</source>
        <translation>Bei %1 erfasst.</translation>
    </message>
    <message>
        <source>%1 accepted.</source>
        <translation>%1 angenommen.</translation>
    </message>
    <message>
        <source>%1 handed back.</source>
        <translation>%1 zurückgegeben.</translation>
    </message>
    <message>
        <source>%1 is back with marketing.</source>
        <translation>%1 ist zurück beim Marketing.</translation>
    </message>
</context>
<context>
    <name>lf::TimelineModel</name>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, von %2</translation>
    </message>
    <message>
        <source>%1: %2. %3, %4</source>
        <translation>%1: %2. %3, %4</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Phasenwechsel</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>lf::TouchpointImporter</name>
    <message>
        <source>The header row names &quot;%1&quot; twice (columns %2 and %3); rename one and import again. Nothing was imported.</source>
        <translation>Die Kopfzeile nennt „%1“ zweimal (Spalten %2 und %3); benennen Sie eine um und importieren Sie erneut. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Occurred At (or Date, Timestamp)</source>
        <translation>Zeitpunkt (oder Datum, Zeitstempel)</translation>
    </message>
    <message>
        <source>The file has no column for %1; touchpoints need an email, a type and a date. Nothing was imported.</source>
        <translation>Die Datei hat keine Spalte für %1; Kontaktpunkte brauchen eine E-Mail-Adresse, einen Typ und ein Datum. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file has a header row but no touchpoints; nothing was imported.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Kontaktpunkte; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Imports need the SQLite driver.</source>
        <translation>Importe erfordern den SQLite-Treiber.</translation>
    </message>
    <message>
        <source>Cannot prepare the import</source>
        <translation>Der Import kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Cannot record the import</source>
        <translation>Der Import kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>import #%1</source>
        <translation>Import #%1</translation>
    </message>
    <message>
        <source>Cannot read the touchpoints</source>
        <translation>Die Kontaktpunkte können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot create the campaign &quot;%1&quot;</source>
        <translation>Die Kampagne „%1“ kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>an import of %1 by %2</source>
        <translation>ein Import von %1 durch %2</translation>
    </message>
</context>
<context>
    <name>lf::TouchpointService</name>
    <message>
        <source>&quot;%1&quot; is not a touchpoint type; use call, email, meeting, note, or a word such as demo_request (letters, digits, _).</source>
        <translation>„%1“ ist kein Kontaktpunkttyp; verwenden Sie call, email, meeting, note oder ein Wort wie demo_request (Buchstaben, Ziffern, _).</translation>
    </message>
    <message>
        <source>A touchpoint cannot be logged in the future (%1).</source>
        <translation>Ein Kontaktpunkt kann nicht in der Zukunft protokolliert werden (%1).</translation>
    </message>
    <message>
        <source>Cannot read the campaigns</source>
        <translation>Die Kampagnen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>Es gibt keine Kampagne %1.</translation>
    </message>
    <message>
        <source>Cannot log the touchpoint</source>
        <translation>Der Kontaktpunkt kann nicht protokolliert werden</translation>
    </message>
    <message>
        <source>Cannot record the first contact</source>
        <translation>Der Erstkontakt kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Cannot read lead %1&apos;s touchpoints</source>
        <translation>Die Kontaktpunkte von Lead %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Lead created</source>
        <translation>Lead erstellt</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Stage %1 → %2</source>
        <translation>Phase %1 → %2</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Lead deleted</source>
        <translation>Lead gelöscht</translation>
    </message>
    <message>
        <source>Lead restored</source>
        <translation>Lead wiederhergestellt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <source>import #%1</source>
        <translation>Import #%1</translation>
    </message>
    <message>
        <source>Cannot read lead %1&apos;s owners</source>
        <translation>Die Zuständigen von Lead %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Zugewiesen an %1</translation>
    </message>
    <message>
        <source>No longer with %1</source>
        <translation>Nicht mehr bei %1</translation>
    </message>
</context>
<context>
    <name>lf::Transaction</name>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Eine Transaktion kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>No transaction to commit.</source>
        <translation>Keine Transaktion zum Festschreiben.</translation>
    </message>
    <message>
        <source>Saving failed; nothing was changed</source>
        <translation>Speichern fehlgeschlagen; nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>lf::User</name>
    <message>
        <source>A user needs a name.</source>
        <translation>Ein Benutzer braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Capacity must be between 0 and 100000 leads a week, not %1.</source>
        <translation>Die Kapazität muss zwischen 0 und 100000 Leads pro Woche liegen, nicht %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter ISO country code.</source>
        <translation>„%1“ ist kein zweistelliger ISO-Ländercode.</translation>
    </message>
</context>
<context>
    <name>lf::UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Maria Schmidt</source>
        <translation>z. B. Maria Schmidt</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>e.g. maria@example.com</source>
        <translation>z. B. maria@example.com</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source> leads / week</source>
        <translation> Leads / Woche</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Capacity per week</source>
        <translation>Kapazität pro Woche</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <source>C&amp;ountries:</source>
        <translation>&amp;Länder:</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>ISO codes, e.g. DE, AT; empty = all</source>
        <translation>ISO-Codes, z. B. DE, AT; leer = alle</translation>
    </message>
    <message>
        <source>&amp;Industries:</source>
        <translation>&amp;Branchen:</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>empty = all</source>
        <translation>leer = alle</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>&amp;Produkte:</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Manager:</translation>
    </message>
    <message>
        <source>&amp;Active (receives leads)</source>
        <translation>&amp;Aktiv (erhält Leads)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>A&amp;way from</source>
        <translation>Ab&amp;wesend von</translation>
    </message>
    <message>
        <source>Record an absence</source>
        <translation>Abwesenheit erfassen</translation>
    </message>
    <message>
        <source>Away from</source>
        <translation>Abwesend von</translation>
    </message>
    <message>
        <source>Away until</source>
        <translation>Abwesend bis</translation>
    </message>
    <message>
        <source>note, e.g. holiday</source>
        <translation>Notiz, z. B. Urlaub</translation>
    </message>
    <message>
        <source>Absence note</source>
        <translation>Abwesenheitsnotiz</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Absence:</source>
        <translation>Abwesenheit:</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>Recorded absences</source>
        <translation>Erfasste Abwesenheiten</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>Erfasst:</translation>
    </message>
    <message>
        <source>Problem with the user</source>
        <translation>Problem mit dem Benutzer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>The absence must end after it starts.</source>
        <translation>Die Abwesenheit muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>The user was saved, the absence was not: %1</source>
        <translation>Der Benutzer wurde gespeichert, die Abwesenheit nicht: %1</translation>
    </message>
</context>
<context>
    <name>lf::UserModel</name>
    <message>
        <source>Rep</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>%1 / week</source>
        <translation>%1 / Woche</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
</context>
<context>
    <name>lf::UserService</name>
    <message>
        <source>There is already a user with the email %1.</source>
        <translation>Es gibt bereits einen Benutzer mit der E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <source>Cannot add the user</source>
        <translation>Der Benutzer kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>A user cannot be their own manager.</source>
        <translation>Ein Benutzer kann nicht sein eigener Manager sein.</translation>
    </message>
    <message>
        <source>Cannot save user %1</source>
        <translation>Benutzer %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Es gibt keinen Benutzer %1.</translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation>Die Benutzer können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Give a user: an id, an email or a name.</source>
        <translation>Geben Sie einen Benutzer an: eine ID, eine E-Mail-Adresse oder einen Namen.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; (give an id, an email or a name).</source>
        <translation>Es gibt keinen Benutzer „%1“ (geben Sie eine ID, eine E-Mail-Adresse oder einen Namen an).</translation>
    </message>
    <message>
        <source>Several users are called &quot;%1&quot;: %2. Give the id or the email.</source>
        <translation>Mehrere Benutzer heißen „%1“: %2. Geben Sie die ID oder die E-Mail-Adresse an.</translation>
    </message>
    <message>
        <source>An absence needs a start before its end.</source>
        <translation>Bei einer Abwesenheit muss der Beginn vor dem Ende liegen.</translation>
    </message>
    <message>
        <source>Cannot save the absence</source>
        <translation>Die Abwesenheit kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read the absences</source>
        <translation>Die Abwesenheiten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot remove the absences</source>
        <translation>Die Abwesenheiten können nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot end the absence</source>
        <translation>Die Abwesenheit kann nicht beendet werden</translation>
    </message>
</context>
<context>
    <name>lf::WriterActivity</name>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>%1 is running on this database; waiting…</source>
        <translation>%1 läuft auf dieser Datenbank; es wird gewartet…</translation>
    </message>
</context>
<context>
    <name>lf::bulk</name>
    <message>
        <source>Cannot read the indexes of %1</source>
        <translation>Die Indizes von %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot prepare the table %1 for the import</source>
        <translation>Die Tabelle %1 kann nicht für den Import vorbereitet werden</translation>
    </message>
    <message>
        <source>Cannot build an index after the import</source>
        <translation>Nach dem Import kann kein Index erstellt werden</translation>
    </message>
    <message>
        <source>Cannot read the trigger %1</source>
        <translation>Der Trigger %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot prepare the database for the import</source>
        <translation>Die Datenbank kann nicht für den Import vorbereitet werden</translation>
    </message>
    <message>
        <source>Cannot restore the database after the import</source>
        <translation>Die Datenbank kann nach dem Import nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Cannot update the statistics of %1 after the import</source>
        <translation>Die Statistik von %1 kann nach dem Import nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>The disk is full: the database cannot grow. Nothing was imported; free some space and import again.</source>
        <translation>Der Datenträger ist voll: Die Datenbank kann nicht wachsen. Es wurde nichts importiert; geben Sie Speicherplatz frei und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Line %1 could not be saved</source>
        <translation>Zeile %1 konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>lf::bulk::RejectedRowsFile</name>
    <message>
        <source>Leadflow rejection reason</source>
        <translation>Leadflow-Ablehnungsgrund</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
</TS>
