<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DecisionSummary</name>
    <message>
        <source>Case %1 · %2 · %3</source>
        <translation>Fall %1 · %2 · %3</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> am %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Gefährdeter Umsatz</translation>
    </message>
    <message>
        <source>Friction type</source>
        <translation>Reibungsart</translation>
    </message>
    <message>
        <source>Funnel stage</source>
        <translation>Funnel-Phase</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Surfaced problem</source>
        <translation>Erkanntes Problem</translation>
    </message>
    <message>
        <source>What it looks like</source>
        <translation>Woran man es erkennt</translation>
    </message>
    <message>
        <source>Impacted metric</source>
        <translation>Betroffene Kennzahl</translation>
    </message>
    <message>
        <source>Blocked decision</source>
        <translation>Blockierte Entscheidung</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>No root cause recorded yet.</source>
        <translation>Noch keine Ursache erfasst.</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Data-trust signals</source>
        <translation>Signale für Datenvertrauen</translation>
    </message>
    <message>
        <source>Resolution mechanism</source>
        <translation>Lösungsmechanismus</translation>
    </message>
    <message>
        <source>Two or more data-trust signals: the root cause is probably data trust.</source>
        <translation>Zwei oder mehr Signale für Datenvertrauen: Die Ursache liegt wahrscheinlich im Vertrauen in die Daten.</translation>
    </message>
    <message>
        <source>Shared outcome</source>
        <translation>Gemeinsames Ergebnis</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPI baseline</source>
        <translation>KPI-Ausgangswert</translation>
    </message>
    <message>
        <source>KPI target</source>
        <translation>KPI-Zielwert</translation>
    </message>
    <message>
        <source>%1 after 1 day without a decision</source>
        <translation>%1 nach 1 Tag ohne Entscheidung</translation>
    </message>
    <message>
        <source>%1 after %2 days without a decision</source>
        <translation>%1 nach %2 Tagen ohne Entscheidung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Accountable owner</source>
        <translation>Verantwortliche Person</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>Decision criteria</source>
        <translation>Entscheidungs­kriterien</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Eskalationspfad</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Noch keine Maßnahmen.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verant­wortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Steuerung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Operating rhythm</source>
        <translation>Betriebsrhythmus</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächstes Review</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Learnings</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Was funktioniert hat</translation>
    </message>
    <message>
        <source>What recurred</source>
        <translation>Was wiederkam</translation>
    </message>
    <message>
        <source>KPI movement</source>
        <translation>KPI-Entwicklung</translation>
    </message>
    <message>
        <source>Definition changed: “%1” became version %2 on %3.</source>
        <translation>Definition geändert: „%1“ wurde am %3 zu Version %2.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>KPI trend: %1</source>
        <translation>KPI-Verlauf: %1</translation>
    </message>
    <message>
        <source>KPI trend</source>
        <translation>KPI-Verlauf</translation>
    </message>
    <message>
        <source>Values before and after a definition change are not comparable.</source>
        <translation>Werte vor und nach einer Definitionsänderung sind nicht vergleichbar.</translation>
    </message>
</context>
<context>
    <name>ImportFieldText</name>
    <message>
        <source>Record ID</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <source>Lead it belongs to (link key)</source>
        <translation>Zugehöriger Lead (Verknüpfungsschlüssel)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Source / origin</source>
        <translation>Quelle / Herkunft</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner / rep</source>
        <translation>Verantwortlich / Vertrieb</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Erreichte Phase</translation>
    </message>
    <message>
        <source>Inquiry at</source>
        <translation>Anfrage am</translation>
    </message>
    <message>
        <source>MQL at</source>
        <translation>MQL am</translation>
    </message>
    <message>
        <source>SAL at</source>
        <translation>SAL am</translation>
    </message>
    <message>
        <source>SQL at</source>
        <translation>SQL am</translation>
    </message>
    <message>
        <source>Opportunity at</source>
        <translation>Opportunity am</translation>
    </message>
    <message>
        <source>First touch at</source>
        <translation>Erstkontakt am</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>Won at</source>
        <translation>Gewonnen am</translation>
    </message>
    <message>
        <source>Lost at</source>
        <translation>Verloren am</translation>
    </message>
    <message>
        <source>Won/lost status</source>
        <translation>Status gewonnen/verloren</translation>
    </message>
    <message>
        <source>Is won (yes/no)</source>
        <translation>Gewonnen (ja/nein)</translation>
    </message>
    <message>
        <source>Is closed (yes/no)</source>
        <translation>Abgeschlossen (ja/nein)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16 (Little Endian)</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16 (Big Endian)</translation>
    </message>
    <message>
        <source>Windows-1252 / Latin-1</source>
        <translation>Windows-1252 / Latin-1</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Year first (2026-05-01)</source>
        <translation>Jahr zuerst (2026-05-01)</translation>
    </message>
    <message>
        <source>Day first (01/05/2026)</source>
        <translation>Tag zuerst (01/05/2026)</translation>
    </message>
    <message>
        <source>Month first (05/01/2026)</source>
        <translation>Monat zuerst (05/01/2026)</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” has no header row.</source>
        <translation>„%1“ hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>? %1</source>
        <translation>? %1</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>MinutesReport</name>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>No agenda items.</source>
        <translation>Keine Agendapunkte.</translation>
    </message>
    <message>
        <source>%1 of %2 items done.</source>
        <translation>%1 von %2 Punkten erledigt.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>No decisions recorded.</source>
        <translation>Keine Entscheidungen erfasst.</translation>
    </message>
    <message>
        <source>Decision %1 of %2</source>
        <translation>Entscheidung %1 von %2</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>No experiments agreed.</source>
        <translation>Keine Experimente vereinbart.</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothese</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Puls</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Schlechter</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>To improve next month</source>
        <translation>Im nächsten Monat verbessern</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>No minutes written.</source>
        <translation>Kein Protokoll geschrieben.</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Could not start painting the report.</source>
        <translation>Das Zeichnen des Berichts konnte nicht beginnen.</translation>
    </message>
    <message>
        <source>Could not start page %1 of the report.</source>
        <translation>Seite %1 des Berichts konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Decision summary: %1</source>
        <translation>Entscheidungsvorlage: %1</translation>
    </message>
    <message>
        <source>Decision summary of case %1 of %2</source>
        <translation>Entscheidungsvorlage zu Fall %1 aus %2</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>Minutes of the review meeting “%1” of %2</source>
        <translation>Protokoll des Review-Meetings „%1“ aus %2</translation>
    </message>
</context>
<context>
    <name>ScorecardText</name>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Im Ziel</translation>
    </message>
    <message>
        <source>Near target</source>
        <translation>Knapp</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Kein Wert</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
</context>
<context>
    <name>TableOfContents</name>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
</context>
<context>
    <name>WorkshopPack</name>
    <message numerus="yes">
        <source>%n case(s) with their decision summaries</source>
        <translation>
            <numerusform>%n Fall mit seiner Entscheidungsvorlage</numerusform>
            <numerusform>%n Fälle mit ihren Entscheidungsvorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshop pack</source>
        <translation>Workshop-Mappe</translation>
    </message>
    <message numerus="yes">
        <source>Workshop pack of %1: %n case(s)</source>
        <translation>
            <numerusform>Workshop-Mappe von %1: %n Fall</numerusform>
            <numerusform>Workshop-Mappe von %1: %n Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>No metric has a value in the last months yet.</source>
        <translation>In den letzten Monaten hat noch keine Kennzahl einen Wert.</translation>
    </message>
    <message>
        <source>Decisions of %1</source>
        <translation>Entscheidungen vom %1</translation>
    </message>
    <message>
        <source>No decision was recorded on this day.</source>
        <translation>An diesem Tag wurde keine Entscheidung erfasst.</translation>
    </message>
</context>
<context>
    <name>accord::ActionListModel</name>
    <message>
        <source>%1 (1 day late)</source>
        <translation>%1 (1 Tag zu spät)</translation>
    </message>
    <message>
        <source>%1 (%2 days late)</source>
        <translation>%1 (%2 Tage zu spät)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mark “%1” %2</source>
        <translation>„%1“ als %2 markieren</translation>
    </message>
</context>
<context>
    <name>accord::ActionModel</name>
    <message>
        <source>Owner needed</source>
        <translation>Verantwortliche(r) fehlt</translation>
    </message>
    <message>
        <source>Date needed</source>
        <translation>Datum fehlt</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · überfällig</translation>
    </message>
    <message>
        <source>Overdue: it was due on %1 and is not done.</source>
        <translation>Überfällig: fällig am %1 und nicht erledigt.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change an action&apos;s kind</source>
        <translation>Art einer Maßnahme ändern</translation>
    </message>
    <message>
        <source>Rename an action</source>
        <translation>Maßnahme umbenennen</translation>
    </message>
    <message>
        <source>Change an action&apos;s owner</source>
        <translation>Verantwortliche(n) einer Maßnahme ändern</translation>
    </message>
    <message>
        <source>Change an action&apos;s due date</source>
        <translation>Fälligkeit einer Maßnahme ändern</translation>
    </message>
    <message>
        <source>Change an action&apos;s status</source>
        <translation>Status einer Maßnahme ändern</translation>
    </message>
</context>
<context>
    <name>accord::ActionsView</name>
    <message>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Noch zu erledigen</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Every owner</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Every team</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>1 action, %1 overdue</source>
        <translation>1 Maßnahme, %1 überfällig</translation>
    </message>
    <message>
        <source>%1 actions, %2 overdue</source>
        <translation>%1 Maßnahmen, %2 überfällig</translation>
    </message>
</context>
<context>
    <name>accord::AgendaBuilder</name>
    <message>
        <source>Decision overdue: %1</source>
        <translation>Entscheidung überfällig: %1</translation>
    </message>
    <message>
        <source>%1 is red: %2 against a target of %3</source>
        <translation>%1 ist rot: %2 bei einem Ziel von %3</translation>
    </message>
    <message>
        <source>%1 is amber: %2 against a target of %3</source>
        <translation>%1 ist gelb: %2 bei einem Ziel von %3</translation>
    </message>
    <message>
        <source>Definition of “%1” changed (version %2)</source>
        <translation>Definition von „%1“ geändert (Version %2)</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Came back: %1 (closed as “%2” on %3)</source>
        <translation>Wieder aufgetreten: %1 (am %3 als „%2“ abgeschlossen)</translation>
    </message>
</context>
<context>
    <name>accord::AgendaModel</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tick “%1”</source>
        <translation>„%1“ abhaken</translation>
    </message>
    <message>
        <source>Untick “%1”</source>
        <translation>Haken bei „%1“ entfernen</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Notiz zu „%1“</translation>
    </message>
</context>
<context>
    <name>accord::AlignPage</name>
    <message>
        <source>Agree what better looks like for both sides: one shared outcome, and the KPI from the dictionary that will show it, with where it stands today and where it should be.</source>
        <translation>Vereinbaren Sie, wie „besser“ für beide Seiten aussieht: ein gemeinsames Ergebnis und die KPI aus dem Lexikon, die es zeigt – mit dem heutigen Stand und dem Ziel.</translation>
    </message>
    <message>
        <source>Shared outcome</source>
        <translation>Gemeinsames Ergebnis</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>Noch nicht vereinbart</translation>
    </message>
    <message>
        <source>Choose the shared outcome…</source>
        <translation>Gemeinsames Ergebnis wählen…</translation>
    </message>
    <message>
        <source>Choose the KPI from the dictionary…</source>
        <translation>KPI aus dem Lexikon wählen…</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
</context>
<context>
    <name>accord::AlignmentAreaModel</name>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Mark “%1” %2</source>
        <translation>„%1“ als %2 markieren</translation>
    </message>
    <message>
        <source>Change the owner of “%1”</source>
        <translation>Verantwortliche(n) von „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the link of “%1”</source>
        <translation>Link von „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the note on “%1”</source>
        <translation>Notiz zu „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>accord::AlignmentPanel</name>
    <message>
        <source>No owner</source>
        <translation>Niemand verantwortlich</translation>
    </message>
    <message>
        <source>The areas Marketing and Sales agree on before they can work as one team. Tick an area once both sides signed it off.</source>
        <translation>Die Bereiche, auf die sich Marketing und Sales einigen, bevor sie als ein Team arbeiten können. Haken Sie einen Bereich ab, sobald beide Seiten ihn freigegeben haben.</translation>
    </message>
</context>
<context>
    <name>accord::AlignmentProgress</name>
    <message>
        <source>%1 of %2 agreed</source>
        <translation>%1 von %2 vereinbart</translation>
    </message>
    <message>
        <source>%1, %2 drafted</source>
        <translation>%1, %2 entworfen</translation>
    </message>
</context>
<context>
    <name>accord::AmountParser</name>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>“%1” does not use “%2” as its decimal separator.</source>
        <translation>„%1“ verwendet nicht „%2“ als Dezimaltrennzeichen.</translation>
    </message>
</context>
<context>
    <name>accord::AnswerCommands</name>
    <message>
        <source>“%1” is not a month such as 2026-05.</source>
        <translation>„%1“ ist kein Monat wie 2026-05.</translation>
    </message>
    <message numerus="yes">
        <source>Computed from %n survey answer(s)</source>
        <translation>
            <numerusform>Berechnet aus %n Umfrageantwort</numerusform>
            <numerusform>Berechnet aus %n Umfrageantworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Computed from %n pulse answer(s)</source>
        <translation>
            <numerusform>Berechnet aus %n Pulsantwort</numerusform>
            <numerusform>Berechnet aus %n Pulsantworten</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer no longer exists.</source>
        <translation>Die Antwort existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A likelihood to recommend is a whole number from 0 to 10.</source>
        <translation>Die Weiterempfehlungsbereitschaft ist eine ganze Zahl von 0 bis 10.</translation>
    </message>
    <message>
        <source>Record an NPS answer of %1</source>
        <translation>NPS-Antwort %1 erfassen</translation>
    </message>
    <message>
        <source>Remove an NPS answer of %1</source>
        <translation>NPS-Antwort %1 entfernen</translation>
    </message>
    <message>
        <source>Say who answered the pulse and for which team.</source>
        <translation>Geben Sie an, wer die Pulsfrage beantwortet hat und für welches Team.</translation>
    </message>
    <message>
        <source>Record a pulse answer</source>
        <translation>Pulsantwort erfassen</translation>
    </message>
    <message>
        <source>Remove a pulse answer</source>
        <translation>Pulsantwort entfernen</translation>
    </message>
</context>
<context>
    <name>accord::CaseCommands</name>
    <message>
        <source>The case no longer exists.</source>
        <translation>Der Fall existiert nicht mehr.</translation>
    </message>
    <message>
        <source>New case “%1”</source>
        <translation>Neuer Fall „%1“</translation>
    </message>
    <message>
        <source>Learn is the last step: close the case instead.</source>
        <translation>Lernen ist der letzte Schritt: Schließen Sie stattdessen den Fall.</translation>
    </message>
    <message>
        <source>%1 is not complete yet:</source>
        <translation>Schritt %1 ist noch nicht vollständig:</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>„%1“ nach %2 verschieben</translation>
    </message>
    <message>
        <source>Only an open case at the Learn step can be closed.</source>
        <translation>Nur ein offener Fall im Schritt Lernen kann geschlossen werden.</translation>
    </message>
    <message>
        <source>The retrospective is not complete yet:</source>
        <translation>Die Retrospektive ist noch nicht vollständig:</translation>
    </message>
    <message>
        <source>Close “%1”</source>
        <translation>„%1“ schließen</translation>
    </message>
    <message>
        <source>The case is open already.</source>
        <translation>Der Fall ist bereits offen.</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>„%1“ wieder öffnen</translation>
    </message>
    <message>
        <source>Archive case “%1”</source>
        <translation>Fall „%1“ archivieren</translation>
    </message>
    <message>
        <source>Restore case “%1”</source>
        <translation>Fall „%1“ wiederherstellen</translation>
    </message>
    <message>
        <source>Delete case “%1”</source>
        <translation>Fall „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>accord::CaseEditor</name>
    <message>
        <source>Surface is not complete yet:</source>
        <translation>Schritt Erkennen ist noch nicht vollständig:</translation>
    </message>
</context>
<context>
    <name>accord::CaseFile</name>
    <message>
        <source>Case %1 does not exist.</source>
        <translation>Fall %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>accord::CaseFilterBar</name>
    <message>
        <source>Playbook stage</source>
        <translation>Playbook-Schritt</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Friction type</source>
        <translation>Reibungsart</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>Search titles and descriptions</source>
        <translation>Titel und Beschreibungen durchsuchen</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Schritte</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>All friction types</source>
        <translation>Alle Reibungsarten</translation>
    </message>
</context>
<context>
    <name>accord::CaseHistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Raised at %1</source>
        <translation>Gemeldet (%1)</translation>
    </message>
    <message>
        <source>Raised at %1 · by %2</source>
        <translation>Gemeldet (%1) · von %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · von %2</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation>Entschieden: %1</translation>
    </message>
    <message>
        <source>Decided by %1: %2</source>
        <translation>Entschieden von %1: %2</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Noch nichts erfasst.</translation>
    </message>
</context>
<context>
    <name>accord::CaseListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>%1 · closed</source>
        <translation>%1 · geschlossen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Playbook stage</source>
        <translation>Playbook-Schritt</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Friction type</source>
        <translation>Reibungsart</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Teams involved</source>
        <translation>Beteiligte Teams</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Gefährdeter Umsatz</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Decision owner</source>
        <translation>Entscheidet</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>accord::CaseListView</name>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Bring the case back into the lists</source>
        <translation>Den Fall wieder in die Listen aufnehmen</translation>
    </message>
    <message>
        <source>Hide the case from lists and the matrix; it stays in the file</source>
        <translation>Den Fall in Listen und der Matrix ausblenden; er bleibt in der Datei</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 Fall</translation>
    </message>
    <message>
        <source>%L1 cases</source>
        <translation>%L1 Fälle</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>Kein Fall entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>There are no cases in this workspace yet.</source>
        <translation>In diesem Arbeitsbereich gibt es noch keine Fälle.</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Fall löschen</translation>
    </message>
    <message>
        <source>Delete “%1” with its diagnosis, decisions and actions?

Edit ▸ Undo brings it back.</source>
        <translation>„%1“ mit Diagnose, Entscheidungen und Maßnahmen löschen?

Bearbeiten ▸ Rückgängig holt ihn zurück.</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Neuer Fall…</translation>
    </message>
    <message>
        <source>Surface a new friction case and walk it through the playbook</source>
        <translation>Einen neuen Reibungsfall erfassen und durch das Playbook führen</translation>
    </message>
    <message>
        <source>%1 · &lt;a href=&quot;all&quot;&gt;Show all cases&lt;/a&gt;</source>
        <translation>%1 · &lt;a href=&quot;all&quot;&gt;Alle Fälle anzeigen&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>accord::CasePickerDialog</name>
    <message>
        <source>Export a Decision Summary</source>
        <translation>Entscheidungsvorlage exportieren</translation>
    </message>
    <message>
        <source>Export a Workshop Pack</source>
        <translation>Workshop-Mappe exportieren</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>The case to summarise:</source>
        <translation>Der Fall für die Vorlage:</translation>
    </message>
    <message>
        <source>The cases of the pack (all open cases are chosen):</source>
        <translation>Die Fälle der Mappe (alle offenen Fälle sind ausgewählt):</translation>
    </message>
</context>
<context>
    <name>accord::CasePrefill</name>
    <message>
        <source>%1. Quick fix: %2</source>
        <translation>%1. Schnelle Lösung: %2</translation>
    </message>
</context>
<context>
    <name>accord::CaseRowsTable</name>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
</context>
<context>
    <name>accord::CaseWizard</name>
    <message>
        <source>← Cases</source>
        <translation>← Fälle</translation>
    </message>
    <message>
        <source>Back to the case list</source>
        <translation>Zurück zur Fallliste</translation>
    </message>
    <message>
        <source>Alt+1…7 look at a step · Alt+← back · Alt+→ or Ctrl+Enter next</source>
        <translation>Alt+1…7 Schritt ansehen · Alt+← zurück · Alt+→ oder Strg+Eingabe weiter</translation>
    </message>
    <message>
        <source>Learn is the last step: close the case once the retrospective is complete.</source>
        <translation>Lernen ist der letzte Schritt: Schließen Sie den Fall, sobald die Retrospektive vollständig ist.</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Unbenannter Fall</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Geschlossen am %1</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>%1 at risk</source>
        <translation>%1 gefährdet</translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation>Gemeldet am %1</translation>
    </message>
    <message>
        <source>Raised %1 by %2</source>
        <translation>Gemeldet am %1 von %2</translation>
    </message>
    <message>
        <source>Saved as soon as the first field is filled in</source>
        <translation>Wird gespeichert, sobald das erste Feld ausgefüllt ist</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>← %1</source>
        <translation>← %1</translation>
    </message>
    <message>
        <source>Move the case to %1 →</source>
        <translation>Fall nach %1 verschieben →</translation>
    </message>
    <message>
        <source>Look at %1 →</source>
        <translation>%1 ansehen →</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
</context>
<context>
    <name>accord::Catalog</name>
    <message>
        <source>Built-in definition</source>
        <translation>Integrierte Definition</translation>
    </message>
    <message>
        <source>The built-in catalogue refers to unknown codes: %1.</source>
        <translation>Der integrierte Katalog verweist auf unbekannte Codes: %1.</translation>
    </message>
    <message>
        <source>Marketing – Sales</source>
        <translation>Marketing – Sales</translation>
    </message>
    <message>
        <source>Sales calls the leads poor; Marketing says Sales lets good leads go cold.</source>
        <translation>Sales hält die Leads für schlecht; Marketing sagt, Sales lässt gute Leads kalt werden.</translation>
    </message>
    <message>
        <source>Nobody has written down what a qualified lead is, leads arrive without context, follow-up is not measured, or the two teams picture a different ideal customer.</source>
        <translation>Niemand hat festgelegt, was ein qualifizierter Lead ist; Leads kommen ohne Kontext; Nachfassen wird nicht gemessen; oder die Teams sehen den idealen Kunden anders.</translation>
    </message>
    <message>
        <source>Agree what counts as qualified demand, the rules for sales acceptance, a short list of reject reasons, routing rules and follow-up SLAs.</source>
        <translation>Vereinbaren, was als qualifizierte Nachfrage zählt, Regeln für die Annahme durch Sales, eine kurze Liste von Ablehnungsgründen, Routing-Regeln und SLAs für die Nachverfolgung.</translation>
    </message>
    <message>
        <source>Sales – RevOps</source>
        <translation>Sales – RevOps</translation>
    </message>
    <message>
        <source>Sellers find the CRM process a burden; RevOps finds empty fields and stages that do not match where deals really are.</source>
        <translation>Verkäufer empfinden den CRM-Prozess als Last; RevOps findet leere Felder und Phasen, die nicht zum tatsächlichen Stand der Deals passen.</translation>
    </message>
    <message>
        <source>The process was designed away from how deals are actually sold, or the fields it demands give the seller nothing back.</source>
        <translation>Der Prozess wurde fern vom echten Verkaufen entworfen, oder die geforderten Felder bringen dem Verkäufer nichts.</translation>
    </message>
    <message>
        <source>Trim the CRM process, agree which fields each stage really needs, and show sellers how complete records make the forecast more reliable.</source>
        <translation>Den CRM-Prozess verschlanken, vereinbaren, welche Felder jede Phase wirklich braucht, und Verkäufern zeigen, wie vollständige Datensätze den Forecast verlässlicher machen.</translation>
    </message>
    <message>
        <source>Marketing – RevOps</source>
        <translation>Marketing – RevOps</translation>
    </message>
    <message>
        <source>Campaigns go live before tracking, routing, attribution or lifecycle rules are in place.</source>
        <translation>Kampagnen gehen live, bevor Tracking, Routing, Attribution oder Lifecycle-Regeln stehen.</translation>
    </message>
    <message>
        <source>Launches pass no gate, operations hears about them too late, or nobody owns the data a campaign produces.</source>
        <translation>Launches laufen ohne Freigabe, Operations erfährt zu spät davon, oder niemand ist für die Daten einer Kampagne zuständig.</translation>
    </message>
    <message>
        <source>Introduce a pre-launch checklist, tracking standards, campaign sign-off and rules for recording where demand came from.</source>
        <translation>Eine Checkliste vor dem Launch, Tracking-Standards, Kampagnenfreigaben und Regeln zur Erfassung der Nachfragequelle einführen.</translation>
    </message>
    <message>
        <source>Sales – Customer Success</source>
        <translation>Sales – Customer Success</translation>
    </message>
    <message>
        <source>Customer Success takes over accounts with promises nobody can keep, customers who do not fit, or no onboarding context at all.</source>
        <translation>Customer Success übernimmt Accounts mit Versprechen, die niemand halten kann, Kunden, die nicht passen, oder ganz ohne Onboarding-Kontext.</translation>
    </message>
    <message>
        <source>The closed-won handoff is thin, qualification let poor-fit deals through, or success criteria were never agreed with the buyer.</source>
        <translation>Die Übergabe nach dem Abschluss ist dünn, schlecht passende Deals kamen durch die Prüfung, oder Ziele für den Erfolg wurden nie mit dem Käufer vereinbart.</translation>
    </message>
    <message>
        <source>Set the fields every handoff must carry, require a success plan and risk notes, and name who runs the kickoff.</source>
        <translation>Die Felder festlegen, die jede Übergabe enthalten muss, einen Erfolgsplan und Risikohinweise verlangen und benennen, wer das Kickoff leitet.</translation>
    </message>
    <message>
        <source>Product Marketing – Sales</source>
        <translation>Product Marketing – Sales</translation>
    </message>
    <message>
        <source>Sellers say the messaging falls flat with buyers; Product Marketing says sellers ignore the approved talk tracks.</source>
        <translation>Verkäufer sagen, die Botschaften kommen bei Käufern nicht an; Product Marketing sagt, Verkäufer ignorieren die freigegebenen Gesprächsleitfäden.</translation>
    </message>
    <message>
        <source>The messages were never tried in the field, the enablement material is hard to use, or objections from deals come back only as anecdotes.</source>
        <translation>Die Botschaften wurden nie im Feld erprobt, das Material für Sales ist schwer zu nutzen, oder Einwände aus Deals kommen nur als Anekdoten zurück.</translation>
    </message>
    <message>
        <source>Test messages with real buyers, review objections and call recordings together, refresh the enablement material and keep a standing feedback loop from the field.</source>
        <translation>Botschaften mit echten Käufern testen, Einwände und Gesprächsaufzeichnungen gemeinsam auswerten, das Enablement-Material auffrischen und eine feste Feedbackschleife aus dem Feld einrichten.</translation>
    </message>
    <message>
        <source>Leadership – GTM teams</source>
        <translation>Führung – GTM-Teams</translation>
    </message>
    <message>
        <source>Teams get priorities that keep moving, trade-offs nobody spells out, or targets without the resources to reach them.</source>
        <translation>Teams bekommen ständig wechselnde Prioritäten, unausgesprochene Zielkonflikte oder Ziele ohne die Ressourcen, sie zu erreichen.</translation>
    </message>
    <message>
        <source>A change of strategy is never translated into headcount, capacity, priorities or the meeting rhythm.</source>
        <translation>Eine neue Strategie wird nie in Personal, Kapazität, Prioritäten oder den Takt der Meetings übersetzt.</translation>
    </message>
    <message>
        <source>Settle quarterly priorities, decision rights, capacity plans, the revenue model and escalation paths together in one planning cycle.</source>
        <translation>Quartalsprioritäten, Entscheidungsrechte, Kapazitätspläne, das Umsatzmodell und Eskalationspfade gemeinsam in einem Planungszyklus festlegen.</translation>
    </message>
    <message>
        <source>Customer Success – Product</source>
        <translation>Customer Success – Product</translation>
    </message>
    <message>
        <source>Customer Success escalates product gaps that never turn into roadmap decisions.</source>
        <translation>Customer Success eskaliert Produktlücken, aus denen nie Roadmap-Entscheidungen werden.</translation>
    </message>
    <message>
        <source>There is no structured feedback loop, no way to score the impact on customers, and no path to a decision on product issues.</source>
        <translation>Es fehlt eine feste Schleife für Feedback, eine Bewertung der Folgen für Kunden und ein Weg zur Entscheidung bei Themen des Produkts.</translation>
    </message>
    <message>
        <source>Put product feedback under governance, score the impact on customers, review the roadmap against it and agree when an issue escalates.</source>
        <translation>Produktfeedback unter Steuerung stellen, die Auswirkung auf Kunden bewerten, die Roadmap daran messen und vereinbaren, wann ein Thema eskaliert.</translation>
    </message>
    <message>
        <source>“The leads Marketing sends us are junk.”</source>
        <translation>„Die Leads von Marketing sind Schrott.“</translation>
    </message>
    <message>
        <source>One qualification standard both teams use, and a feedback loop from every rejected lead.</source>
        <translation>Ein Qualifizierungsstandard, den beide Teams nutzen, und eine Feedbackschleife für jeden abgelehnten Lead.</translation>
    </message>
    <message>
        <source>Written MQL and SAL criteria, with a reason required on every rejection.</source>
        <translation>Schriftliche MQL- und SAL-Kriterien, mit Pflichtgrund bei jeder Ablehnung.</translation>
    </message>
    <message>
        <source>Cut the reject reasons down to six to eight and make choosing one mandatory.</source>
        <translation>Die Ablehnungsgründe auf sechs bis acht kürzen und die Auswahl eines Grundes verpflichtend machen.</translation>
    </message>
    <message>
        <source>“Sales never gets back to our leads.”</source>
        <translation>„Sales meldet sich nie bei unseren Leads.“</translation>
    </message>
    <message>
        <source>A timer on every handoff, escalation when it runs out, and a record of who did what.</source>
        <translation>Eine Frist für jede Übergabe, Eskalation bei Ablauf und ein Nachweis, wer was getan hat.</translation>
    </message>
    <message>
        <source>A first-touch SLA with queue rules.</source>
        <translation>Ein Erstkontakt-SLA mit Warteschlangenregeln.</translation>
    </message>
    <message>
        <source>Create the follow-up task automatically and alert the manager when the SLA is missed.</source>
        <translation>Die Nachverfolgungsaufgabe automatisch anlegen und die Führungskraft benachrichtigen, wenn das SLA verfehlt wird.</translation>
    </message>
    <message>
        <source>“We can&apos;t trust these numbers.”</source>
        <translation>„Diesen Zahlen können wir nicht trauen.“</translation>
    </message>
    <message>
        <source>One data model that every team reports from.</source>
        <translation>Ein Datenmodell, aus dem jedes Team berichtet.</translation>
    </message>
    <message>
        <source>The metric dictionary and rules for who may change a dashboard.</source>
        <translation>Das Kennzahlen-Lexikon und Regeln, wer ein Dashboard ändern darf.</translation>
    </message>
    <message>
        <source>Publish the glossary of metric definitions and freeze them until a decision changes them.</source>
        <translation>Das Glossar der Kennzahldefinitionen veröffentlichen und einfrieren, bis eine Entscheidung sie ändert.</translation>
    </message>
    <message>
        <source>“Our leads keep landing with the wrong rep.”</source>
        <translation>„Unsere Leads landen beim falschen Vertriebler.“</translation>
    </message>
    <message>
        <source>Clean segments and assignment rules that follow them.</source>
        <translation>Saubere Segmente und Zuweisungsregeln, die ihnen folgen.</translation>
    </message>
    <message>
        <source>A territory matrix and the routing logic that applies it.</source>
        <translation>Eine Gebietsmatrix und die Routing-Logik, die sie anwendet.</translation>
    </message>
    <message>
        <source>Add a view that audits routing and clear the misroutes every week.</source>
        <translation>Eine Ansicht zur Prüfung des Routings anlegen und Fehlzuweisungen jede Woche bereinigen.</translation>
    </message>
    <message>
        <source>“We are chasing different targets.”</source>
        <translation>„Wir verfolgen unterschiedliche Ziele.“</translation>
    </message>
    <message>
        <source>Pipeline targets both teams share, and incentives that reward the same result.</source>
        <translation>Pipeline-Ziele, die beide Teams teilen, und Anreize, die dasselbe Ergebnis belohnen.</translation>
    </message>
    <message>
        <source>One scorecard tied to pipeline and revenue.</source>
        <translation>Eine Scorecard, die an Pipeline und Umsatz gekoppelt ist.</translation>
    </message>
    <message>
        <source>Replace lead-volume targets with acceptance and pipeline targets.</source>
        <translation>Lead-Mengenziele durch Annahme- und Pipeline-Ziele ersetzen.</translation>
    </message>
    <message>
        <source>“Marketing&apos;s campaigns aren&apos;t what Sales needs.”</source>
        <translation>„Die Kampagnen von Marketing helfen Sales nicht.“</translation>
    </message>
    <message>
        <source>Joint planning around the accounts and segments that matter.</source>
        <translation>Gemeinsame Planung rund um die Accounts und Segmente, auf die es ankommt.</translation>
    </message>
    <message>
        <source>A quarterly joint plan with the ideal customer profile and target account lists.</source>
        <translation>Ein gemeinsamer Quartalsplan mit dem idealen Kundenprofil und Listen der Zielaccounts.</translation>
    </message>
    <message>
        <source>Have Sales contribute to the ideal customer profile and the buyers&apos; top pains every quarter.</source>
        <translation>Sales jedes Quartal am idealen Kundenprofil und den wichtigsten Problemen der Käufer mitwirken lassen.</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Marketing automation</source>
        <translation>Marketing-Automation</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Manuell erfasst</translation>
    </message>
    <message>
        <source>MQL-to-SQL conversion</source>
        <translation>Konversion MQL zu SQL</translation>
    </message>
    <message>
        <source>Of the leads that became marketing-qualified in the period, the share that went on to become sales-qualified.</source>
        <translation>Von den Leads, die im Zeitraum marketingqualifiziert wurden, der Anteil, der anschließend vertriebsqualifiziert wurde.</translation>
    </message>
    <message>
        <source>Forecast accuracy</source>
        <translation>Forecast-Genauigkeit</translation>
    </message>
    <message>
        <source>How close the revenue committed at the start of the period came to the revenue actually closed: 100% less the size of the miss as a share of the commitment.</source>
        <translation>Wie nah der zu Beginn des Zeitraums zugesagte Umsatz am tatsächlich abgeschlossenen Umsatz lag: 100 % abzüglich der Abweichung als Anteil der Zusage.</translation>
    </message>
    <message>
        <source>Attribution completeness</source>
        <translation>Vollständigkeit der Attribution</translation>
    </message>
    <message>
        <source>Share of the opportunities opened in the period whose original source and campaign are recorded.</source>
        <translation>Anteil der im Zeitraum eröffneten Opportunities, bei denen ursprüngliche Quelle und Kampagne erfasst sind.</translation>
    </message>
    <message>
        <source>Time to value</source>
        <translation>Time to Value</translation>
    </message>
    <message>
        <source>Median days from a deal closing to the customer reaching the first success milestone agreed at handoff.</source>
        <translation>Median der Tage vom Abschluss eines Deals bis der Kunde den ersten bei der Übergabe vereinbarten Erfolgsmeilenstein erreicht.</translation>
    </message>
    <message>
        <source>Message adoption</source>
        <translation>Nutzung der Botschaften</translation>
    </message>
    <message>
        <source>Share of the sales calls and proposals reviewed in the period that use the current approved positioning and talk tracks.</source>
        <translation>Anteil der im Zeitraum geprüften Verkaufsgespräche und Angebote, die die aktuelle freigegebene Positionierung und die Gesprächsleitfäden verwenden.</translation>
    </message>
    <message>
        <source>Revenue attainment</source>
        <translation>Umsatzzielerreichung</translation>
    </message>
    <message>
        <source>Revenue closed in the period as a share of the target set for it.</source>
        <translation>Im Zeitraum abgeschlossener Umsatz als Anteil des dafür gesetzten Ziels.</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Bindungsrate</translation>
    </message>
    <message>
        <source>Share of the recurring revenue under contract at the start of the period that is still under contract at its end, not counting expansion.</source>
        <translation>Anteil des wiederkehrenden Umsatzes, der zu Beginn des Zeitraums unter Vertrag war und an seinem Ende noch unter Vertrag ist, ohne Erweiterungen.</translation>
    </message>
    <message>
        <source>MQL-to-SAL conversion</source>
        <translation>Konversion MQL zu SAL</translation>
    </message>
    <message>
        <source>Of the leads that became marketing-qualified in the period, the share that Sales accepted as worth working.</source>
        <translation>Von den Leads, die im Zeitraum marketingqualifiziert wurden, der Anteil, den Sales als bearbeitungswürdig angenommen hat.</translation>
    </message>
    <message>
        <source>SAL-to-SQL conversion</source>
        <translation>Konversion SAL zu SQL</translation>
    </message>
    <message>
        <source>Of the leads Sales accepted in the period, the share that became sales-qualified after a discovery meeting.</source>
        <translation>Von den Leads, die Sales im Zeitraum angenommen hat, der Anteil, der nach einem Discovery-Gespräch vertriebsqualifiziert wurde.</translation>
    </message>
    <message>
        <source>Median time to first touch</source>
        <translation>Median der Zeit bis zum Erstkontakt</translation>
    </message>
    <message>
        <source>Median hours between a lead becoming marketing-qualified and the first contact Sales records.</source>
        <translation>Median der Stunden zwischen der Marketingqualifizierung eines Leads und dem ersten Kontakt, den Sales erfasst.</translation>
    </message>
    <message>
        <source>Reporting consistency</source>
        <translation>Konsistenz der Berichte</translation>
    </message>
    <message>
        <source>Share of the scorecard&apos;s headline figures for the period that agree across the CRM, marketing and finance reports.</source>
        <translation>Anteil der Kernzahlen der Scorecard für den Zeitraum, die in CRM-, Marketing- und Finanzberichten übereinstimmen.</translation>
    </message>
    <message>
        <source>Misroute rate</source>
        <translation>Fehlzuweisungsquote</translation>
    </message>
    <message>
        <source>Share of the leads routed in the period that had to be handed to another owner, team or territory.</source>
        <translation>Anteil der im Zeitraum gerouteten Leads, die an eine andere verantwortliche Person, ein anderes Team oder Gebiet weitergegeben werden mussten.</translation>
    </message>
    <message>
        <source>Pipeline created</source>
        <translation>Erzeugte Pipeline</translation>
    </message>
    <message>
        <source>Total amount of the opportunities opened in the period.</source>
        <translation>Gesamtbetrag der im Zeitraum eröffneten Opportunities.</translation>
    </message>
    <message>
        <source>Pipeline from target segments</source>
        <translation>Pipeline aus Zielsegmenten</translation>
    </message>
    <message>
        <source>Share of the amount of opportunities opened in the period that comes from the segments and accounts of the joint plan.</source>
        <translation>Anteil des Betrags der im Zeitraum eröffneten Opportunities, der aus den Segmenten und Accounts des gemeinsamen Plans stammt.</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Annahmequote</translation>
    </message>
    <message>
        <source>Of the leads Sales accepted or rejected in the period, the share it accepted.</source>
        <translation>Von den Leads, die Sales im Zeitraum angenommen oder abgelehnt hat, der angenommene Anteil.</translation>
    </message>
    <message>
        <source>SLA breach rate</source>
        <translation>SLA-Verletzungsquote</translation>
    </message>
    <message>
        <source>Share of the leads handed to Sales in the period whose first touch or disposition came later than the SLA allows.</source>
        <translation>Anteil der im Zeitraum an Sales übergebenen Leads, deren Erstkontakt oder Annahme/Ablehnung später erfolgte, als das SLA erlaubt.</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Gewonnener Umsatz</translation>
    </message>
    <message>
        <source>Total amount of the opportunities closed won in the period.</source>
        <translation>Gesamtbetrag der im Zeitraum gewonnenen Opportunities.</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <source>Of the opportunities closed in the period, the share closed won.</source>
        <translation>Von den im Zeitraum abgeschlossenen Opportunities der gewonnene Anteil.</translation>
    </message>
    <message>
        <source>Sales cycle length</source>
        <translation>Dauer des Verkaufszyklus</translation>
    </message>
    <message>
        <source>Median days from opening an opportunity to closing it won, for the deals won in the period.</source>
        <translation>Median der Tage von der Eröffnung einer Opportunity bis zu ihrem Gewinn, für die im Zeitraum gewonnenen Deals.</translation>
    </message>
    <message>
        <source>Opportunity-to-won conversion</source>
        <translation>Konversion Opportunity zu Gewinn</translation>
    </message>
    <message>
        <source>Of the opportunities opened in the period, the share that have since closed won.</source>
        <translation>Von den im Zeitraum eröffneten Opportunities der Anteil, der inzwischen gewonnen wurde.</translation>
    </message>
    <message>
        <source>Rejections with a reason</source>
        <translation>Ablehnungen mit Grund</translation>
    </message>
    <message>
        <source>Of the leads Sales rejected in the period, the share that carry a reason from the agreed list.</source>
        <translation>Von den Leads, die Sales im Zeitraum abgelehnt hat, der Anteil mit einem Grund aus der vereinbarten Liste.</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>From the customer survey: the percentage of customers who would recommend us (9 or 10) less the percentage who would not (0 to 6), from −100 to 100.</source>
        <translation>Aus der Kundenumfrage: der Prozentsatz der Kunden, die uns weiterempfehlen würden (9 oder 10), abzüglich des Prozentsatzes, die es nicht tun würden (0 bis 6), von −100 bis 100.</translation>
    </message>
    <message>
        <source>Partnership pulse</source>
        <translation>Partnerschaftspuls</translation>
    </message>
    <message>
        <source>From the monthly pulse: the percentage of people who say the partnership goals are going better less the percentage who say worse, from −100 to 100.</source>
        <translation>Aus dem monatlichen Puls: der Prozentsatz der Personen, die sagen, die Partnerschaftsziele laufen besser, abzüglich des Prozentsatzes, die schlechter sagen, von −100 bis 100.</translation>
    </message>
    <message>
        <source>Expansion revenue</source>
        <translation>Erweiterungsumsatz</translation>
    </message>
    <message>
        <source>Recurring revenue added in the period by existing customers through upsell, cross-sell and price changes.</source>
        <translation>Wiederkehrender Umsatz, den Bestandskunden im Zeitraum durch Upsell, Cross-Sell und Preisänderungen hinzugefügt haben.</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Customer Lifetime Value</translation>
    </message>
    <message>
        <source>Gross margin a customer is expected to bring over the whole relationship: yearly revenue per customer times gross margin, divided by the yearly rate at which customers leave.</source>
        <translation>Bruttomarge, die ein Kunde über die gesamte Beziehung voraussichtlich bringt: Jahresumsatz pro Kunde mal Bruttomarge, geteilt durch die jährliche Abwanderungsrate.</translation>
    </message>
    <message>
        <source>Revenue efficiency</source>
        <translation>Umsatzeffizienz</translation>
    </message>
    <message>
        <source>New recurring revenue won in the period as a percentage of what Sales and Marketing cost in the same period.</source>
        <translation>Im Zeitraum gewonnener neuer wiederkehrender Umsatz in Prozent der Kosten von Sales und Marketing im selben Zeitraum.</translation>
    </message>
    <message>
        <source>Sales velocity</source>
        <translation>Sales Velocity</translation>
    </message>
    <message>
        <source>Revenue the pipeline produces per day: open opportunities times average deal size times win rate, divided by the sales cycle in days.</source>
        <translation>Umsatz, den die Pipeline pro Tag erzeugt: offene Opportunities mal durchschnittliche Dealgröße mal Gewinnquote, geteilt durch den Verkaufszyklus in Tagen.</translation>
    </message>
    <message>
        <source>Qualified pipeline</source>
        <translation>Qualifizierte Pipeline</translation>
    </message>
    <message>
        <source>Total amount of the open opportunities that passed the sales-qualified stage at the end of the period.</source>
        <translation>Gesamtbetrag der offenen Opportunities, die am Ende des Zeitraums die Phase „vertriebsqualifiziert“ passiert haben.</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Someone raises a hand: a form, an event scan, a content download or an inbound call.</source>
        <translation>Jemand meldet sich: ein Formular, ein Messe-Scan, ein Content-Download oder ein eingehender Anruf.</translation>
    </message>
    <message>
        <source>Contact details are complete, and the record is not a duplicate, a competitor, a student or part of a deal already open.</source>
        <translation>Die Kontaktdaten sind vollständig, und der Datensatz ist kein Duplikat, kein Wettbewerber, kein Student und nicht Teil eines bereits offenen Deals.</translation>
    </message>
    <message>
        <source>Marketing-qualified lead (MQL)</source>
        <translation>Vom Marketing qualifizierter Lead (MQL)</translation>
    </message>
    <message>
        <source>The company fits the ideal customer profile and the person shows intent or enough engagement to pass the scoring threshold.</source>
        <translation>Das Unternehmen passt zum idealen Kundenprofil, und die Person zeigt Kaufabsicht oder genug Engagement, um die Scoring-Schwelle zu erreichen.</translation>
    </message>
    <message>
        <source>Routed to the right owner with source, segment and engagement history attached.</source>
        <translation>An die richtige verantwortliche Person geroutet, mit Quelle, Segment und Engagement-Verlauf.</translation>
    </message>
    <message>
        <source>Sales-accepted lead (SAL)</source>
        <translation>Von Sales akzeptierter Lead (SAL)</translation>
    </message>
    <message>
        <source>Sales has reviewed the lead within the first-touch SLA and agrees it is worth working.</source>
        <translation>Sales hat den Lead innerhalb des Erstkontakt-SLAs geprüft und hält ihn für bearbeitungswürdig.</translation>
    </message>
    <message>
        <source>Contact made and a need confirmed, or the lead rejected with a reason from the list.</source>
        <translation>Kontakt hergestellt und Bedarf bestätigt, oder der Lead mit einem Grund aus der Liste abgelehnt.</translation>
    </message>
    <message>
        <source>Sales-qualified lead (SQL)</source>
        <translation>Von Sales qualifizierter Lead (SQL)</translation>
    </message>
    <message>
        <source>A discovery meeting has been held and it confirmed a real problem, someone who owns the budget and a timeline.</source>
        <translation>Ein Discovery-Gespräch hat stattgefunden und ein echtes Problem, eine Person mit Budgetverantwortung und einen Zeitplan bestätigt.</translation>
    </message>
    <message>
        <source>The buyer agrees to evaluate, and an opportunity is opened with an amount and a close date.</source>
        <translation>Der Käufer stimmt einer Evaluierung zu, und eine Opportunity mit Betrag und Abschlussdatum wird eröffnet.</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>An opportunity with amount, close date and stage, and the buyer&apos;s decision process mapped: who decides, who signs and by when.</source>
        <translation>Eine Opportunity mit Betrag, Abschlussdatum und Phase, und der Entscheidungsprozess des Käufers ist erfasst: wer entscheidet, wer unterschreibt und bis wann.</translation>
    </message>
    <message>
        <source>Closed won with a signed order, or closed lost with the reason recorded.</source>
        <translation>Gewonnen mit unterschriebenem Auftrag oder verloren mit erfasstem Grund.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>The contract is signed and the handoff to Customer Success carries the success criteria and risks.</source>
        <translation>Der Vertrag ist unterschrieben, und die Übergabe an Customer Success enthält Erfolgskriterien und Risiken.</translation>
    </message>
    <message>
        <source>The customer reaches first value; renewal and expansion are tracked from here.</source>
        <translation>Der Kunde erreicht den ersten Nutzen; Verlängerung und Erweiterung werden ab hier verfolgt.</translation>
    </message>
    <message>
        <source>Marketing lead standard</source>
        <translation>Lead-Standard des Marketings</translation>
    </message>
    <message>
        <source>What every lead carries before Marketing hands it to Sales, and which leads never reach Sales at all.</source>
        <translation>Was jeder Lead enthält, bevor Marketing ihn an Sales übergibt, und welche Leads Sales nie erreichen.</translation>
    </message>
    <message>
        <source>Name and business e-mail
Company and segment
Country or territory
Lead source and campaign
The engagement that made it qualified</source>
        <translation>Name und geschäftliche E-Mail
Unternehmen und Segment
Land oder Gebiet
Lead-Quelle und Kampagne
Das Engagement, das ihn qualifiziert hat</translation>
    </message>
    <message>
        <source>Existing customers and accounts with an open opportunity
Competitors, students and private e-mail addresses
Duplicates of a lead worked in the last 90 days
People who opted out of contact</source>
        <translation>Bestandskunden und Accounts mit offener Opportunity
Wettbewerber, Studierende und private E-Mail-Adressen
Duplikate eines Leads, der in den letzten 90 Tagen bearbeitet wurde
Personen, die Kontakt abgelehnt haben</translation>
    </message>
    <message>
        <source>Sales first touch</source>
        <translation>Erstkontakt durch Sales</translation>
    </message>
    <message>
        <source>Sales contacts every lead it receives within the target time; a lead still untouched at the escalation time goes to the sales manager.</source>
        <translation>Sales kontaktiert jeden erhaltenen Lead innerhalb der Zielzeit; ein zur Eskalationszeit noch unberührter Lead geht an die Vertriebsleitung.</translation>
    </message>
    <message>
        <source>Sales disposition</source>
        <translation>Annahme/Ablehnung durch Sales</translation>
    </message>
    <message>
        <source>Sales accepts every lead or rejects it with a reason from the list within the target time, so that Marketing learns from each one.</source>
        <translation>Sales nimmt jeden Lead innerhalb der Zielzeit an oder lehnt ihn mit einem Grund aus der Liste ab, damit Marketing aus jedem lernt.</translation>
    </message>
    <message>
        <source>Not ready to buy</source>
        <translation>Noch nicht kaufbereit</translation>
    </message>
    <message>
        <source>A good fit, but with no budget or project in the next two quarters.</source>
        <translation>Passt gut, aber ohne Budget oder Projekt in den nächsten zwei Quartalen.</translation>
    </message>
    <message>
        <source>Only researching</source>
        <translation>Informiert sich nur</translation>
    </message>
    <message>
        <source>Reading and learning, with no sign of a buying decision yet.</source>
        <translation>Liest und lernt, noch ohne Anzeichen einer Kaufentscheidung.</translation>
    </message>
    <message>
        <source>Contact details missing or wrong</source>
        <translation>Kontaktdaten fehlen oder falsch</translation>
    </message>
    <message>
        <source>No working phone or e-mail, or the role is unknown.</source>
        <translation>Keine funktionierende Telefonnummer oder E-Mail, oder die Rolle ist unbekannt.</translation>
    </message>
    <message>
        <source>Company not identified</source>
        <translation>Unternehmen nicht identifiziert</translation>
    </message>
    <message>
        <source>The company, its size or its industry is unknown, so fit cannot be judged.</source>
        <translation>Unternehmen, Größe oder Branche sind unbekannt, daher lässt sich die Passung nicht beurteilen.</translation>
    </message>
    <message>
        <source>Wrong owner or territory</source>
        <translation>Falsche Zuständigkeit oder falsches Gebiet</translation>
    </message>
    <message>
        <source>The lead belongs to another region or segment, or to an account someone else already works.</source>
        <translation>Der Lead gehört zu einer anderen Region oder einem anderen Segment oder zu einem Account, den bereits jemand anderes betreut.</translation>
    </message>
    <message>
        <source>Outside the ideal customer profile</source>
        <translation>Außerhalb des idealen Kundenprofils</translation>
    </message>
    <message>
        <source>Wrong industry, size or need: this company will not become a customer.</source>
        <translation>Falsche Branche, Größe oder falscher Bedarf: Dieses Unternehmen wird kein Kunde.</translation>
    </message>
    <message>
        <source>Spam, competitor or student</source>
        <translation>Spam, Wettbewerber oder Student</translation>
    </message>
    <message>
        <source>Not a prospective buyer at all.</source>
        <translation>Überhaupt kein potenzieller Käufer.</translation>
    </message>
    <message>
        <source>Weekly execution review</source>
        <translation>Wöchentliches Umsetzungs-Review</translation>
    </message>
    <message>
        <source>Catch broken handoffs, SLA breaches and overdue actions while they are still cheap to fix.</source>
        <translation>Gebrochene Übergaben, SLA-Verletzungen und überfällige Maßnahmen erkennen, solange sie noch günstig zu beheben sind.</translation>
    </message>
    <message>
        <source>SLA breaches and escalations since last week
New friction cases and cases that are stuck
Overdue actions and their owners
Routing and data-quality exceptions</source>
        <translation>SLA-Verletzungen und Eskalationen seit letzter Woche
Neue Reibungsfälle und festgefahrene Fälle
Überfällige Maßnahmen und ihre Verantwortlichen
Ausnahmen bei Routing und Datenqualität</translation>
    </message>
    <message>
        <source>Monthly revenue review (funnel council)</source>
        <translation>Monatliches Umsatz-Review (Funnel-Rat)</translation>
    </message>
    <message>
        <source>Read the shared scorecard together, decide the cases that are ready, agree one or two experiments and publish the decisions. No argument without data.</source>
        <translation>Die gemeinsame Scorecard zusammen lesen, entscheidungsreife Fälle entscheiden, ein oder zwei Experimente vereinbaren und die Entscheidungen veröffentlichen. Keine Diskussion ohne Daten.</translation>
    </message>
    <message>
        <source>Scorecard movements since last month
Cases waiting for a decision
Proposed changes to metric definitions
Results of last month&apos;s experiments and one or two for the next
Decisions to publish</source>
        <translation>Veränderungen der Scorecard seit letztem Monat
Fälle, die auf eine Entscheidung warten
Vorgeschlagene Änderungen an Kennzahldefinitionen
Ergebnisse der Experimente des letzten Monats und ein oder zwei für den nächsten
Zu veröffentlichende Entscheidungen</translation>
    </message>
    <message>
        <source>Quarterly planning</source>
        <translation>Quartalsplanung</translation>
    </message>
    <message>
        <source>Turn strategy into priorities, targets, capacity and decision rights for the next quarter, and deal with friction that keeps coming back.</source>
        <translation>Strategie in Prioritäten, Ziele, Kapazität und Entscheidungsrechte für das nächste Quartal übersetzen und wiederkehrende Reibung angehen.</translation>
    </message>
    <message>
        <source>Revenue attainment and lessons from the quarter
Recurring friction and retrospectives
Priorities, targets and capacity for the next quarter
Ideal customer profile, target segments and the joint plan
Decision rights and escalation paths</source>
        <translation>Umsatzzielerreichung und Lehren aus dem Quartal
Wiederkehrende Reibung und Retrospektiven
Prioritäten, Ziele und Kapazität für das nächste Quartal
Ideales Kundenprofil, Zielsegmente und der gemeinsame Plan
Entscheidungsrechte und Eskalationspfade</translation>
    </message>
    <message>
        <source>Value proposition</source>
        <translation>Wertversprechen</translation>
    </message>
    <message>
        <source>One statement of the problem we solve and why we win, used by Marketing and Sales alike.</source>
        <translation>Eine Aussage über das Problem, das wir lösen, und warum wir gewinnen, genutzt von Marketing und Sales gleichermaßen.</translation>
    </message>
    <message>
        <source>Ideal customer profile</source>
        <translation>Ideales Kundenprofil</translation>
    </message>
    <message>
        <source>The kind of company, situation and buying signals we go after, agreed by everyone who targets them.</source>
        <translation>Die Art von Unternehmen, Situation und Kaufsignalen, die wir anstreben, vereinbart von allen, die sie ansprechen.</translation>
    </message>
    <message>
        <source>Goals and accountabilities</source>
        <translation>Ziele und Verantwortlichkeiten</translation>
    </message>
    <message>
        <source>Shared pipeline and revenue targets, and who answers for each one.</source>
        <translation>Gemeinsame Pipeline- und Umsatzziele, und wer für jedes einsteht.</translation>
    </message>
    <message>
        <source>Roles and responsibilities</source>
        <translation>Rollen und Zuständigkeiten</translation>
    </message>
    <message>
        <source>Who does what at every funnel stage and handoff, with no gaps and no double work.</source>
        <translation>Wer in jeder Funnel-Phase und bei jeder Übergabe was tut, ohne Lücken und ohne Doppelarbeit.</translation>
    </message>
    <message>
        <source>Success metrics</source>
        <translation>Erfolgskennzahlen</translation>
    </message>
    <message>
        <source>The dictionary metrics both teams are judged by, with definitions everyone has signed off.</source>
        <translation>Die Lexikon-Kennzahlen, an denen beide Teams gemessen werden, mit Definitionen, die alle freigegeben haben.</translation>
    </message>
    <message>
        <source>Joint go-to-market plan</source>
        <translation>Gemeinsamer Go-to-Market-Plan</translation>
    </message>
    <message>
        <source>One quarterly plan of segments, campaigns and sales plays that the teams built together.</source>
        <translation>Ein Quartalsplan aus Segmenten, Kampagnen und Sales Plays, den die Teams gemeinsam erstellt haben.</translation>
    </message>
    <message>
        <source>Sales playbook</source>
        <translation>Sales-Playbook</translation>
    </message>
    <message>
        <source>How sellers qualify, position and answer objections, kept in step with the current messaging.</source>
        <translation>Wie Verkäufer qualifizieren, positionieren und Einwände beantworten, abgestimmt auf die aktuellen Botschaften.</translation>
    </message>
    <message>
        <source>Cadence of accountability</source>
        <translation>Verbindlicher Meeting-Takt</translation>
    </message>
    <message>
        <source>The meetings where the teams review progress, take decisions and hold each other to them.</source>
        <translation>Die Meetings, in denen die Teams den Fortschritt prüfen, Entscheidungen treffen und einander daran halten.</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>RevOps</source>
        <translation>RevOps</translation>
    </message>
    <message>
        <source>Customer Success</source>
        <translation>Customer Success</translation>
    </message>
    <message>
        <source>Product Marketing</source>
        <translation>Product Marketing</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Führung</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>The teams chase targets that pull apart, such as lead volume on one side and closed revenue on the other.</source>
        <translation>Die Teams verfolgen Ziele, die auseinanderziehen, etwa Lead-Menge auf der einen und abgeschlossenen Umsatz auf der anderen Seite.</translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation>Anreize</translation>
    </message>
    <message>
        <source>Pay, quota or recognition rewards one team for behaviour that costs the other team.</source>
        <translation>Vergütung, Quote oder Anerkennung belohnen ein Team für Verhalten, das das andere Team etwas kostet.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>The numbers are missing, inconsistent or defined differently, so nobody believes the report.</source>
        <translation>Die Zahlen fehlen, sind widersprüchlich oder unterschiedlich definiert, daher glaubt niemand dem Bericht.</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Zuständigkeit</translation>
    </message>
    <message>
        <source>No single person or team is plainly responsible for the step, record or result in question.</source>
        <translation>Keine einzelne Person und kein Team ist klar verantwortlich für den betreffenden Schritt, Datensatz oder das Ergebnis.</translation>
    </message>
    <message>
        <source>Decision rights</source>
        <translation>Entscheidungsrechte</translation>
    </message>
    <message>
        <source>It is unclear who makes the call, who has to be heard first and where a deadlock goes.</source>
        <translation>Unklar ist, wer entscheidet, wer vorher gehört werden muss und wohin eine Blockade geht.</translation>
    </message>
    <message>
        <source>SLAs</source>
        <translation>SLAs</translation>
    </message>
    <message>
        <source>Commitments at a handoff are missing, go unmeasured or carry no consequence when broken.</source>
        <translation>Zusagen bei einer Übergabe fehlen, werden nicht gemessen oder haben bei Verletzung keine Folgen.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>The team expected to act lacks the people, hours or budget that the request needs.</source>
        <translation>Dem Team, das handeln soll, fehlen die Personen, Stunden oder das Budget, die die Anfrage erfordert.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>The workflow or system steps do not match how the work is really done, so people work around them.</source>
        <translation>Die Workflow- oder Systemschritte passen nicht dazu, wie die Arbeit wirklich erledigt wird, daher umgehen die Leute sie.</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Context, feedback or news of a change does not reach the people who need it in time.</source>
        <translation>Kontext, Feedback oder die Nachricht über eine Änderung erreichen die Betroffenen nicht rechtzeitig.</translation>
    </message>
    <message>
        <source>Meetings argue about how metrics are calculated</source>
        <translation>Meetings streiten darüber, wie Kennzahlen berechnet werden</translation>
    </message>
    <message>
        <source>Review time goes on stage definitions, attribution rules and conversion arithmetic instead of on what to do next.</source>
        <translation>Die Review-Zeit geht für Phasendefinitionen, Attributionsregeln und Konversionsrechnung drauf statt für die nächsten Schritte.</translation>
    </message>
    <message>
        <source>Dashboards raise more questions than they answer</source>
        <translation>Dashboards werfen mehr Fragen auf, als sie beantworten</translation>
    </message>
    <message>
        <source>People ask where a figure came from before they ask what it tells them to do.</source>
        <translation>Die Leute fragen, woher eine Zahl stammt, bevor sie fragen, was daraus zu tun ist.</translation>
    </message>
    <message>
        <source>Each team brings its own numbers</source>
        <translation>Jedes Team bringt eigene Zahlen mit</translation>
    </message>
    <message>
        <source>Sales quotes the CRM, Marketing quotes its campaign reports, and the two never agree.</source>
        <translation>Sales zitiert das CRM, Marketing seine Kampagnenberichte, und beide stimmen nie überein.</translation>
    </message>
    <message>
        <source>Talk drifts to who owns the problem</source>
        <translation>Das Gespräch driftet zur Frage, wem das Problem gehört</translation>
    </message>
    <message>
        <source>The conversation moves from fixing the issue to settling whose job or fault it is.</source>
        <translation>Das Gespräch wechselt von der Lösung des Problems zur Frage, wessen Aufgabe oder Schuld es ist.</translation>
    </message>
    <message>
        <source>More open opportunities that fit the ideal customer and are truly in play.</source>
        <translation>Mehr offene Opportunities, die zum idealen Kunden passen und wirklich im Spiel sind.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>More of the demand already in the funnel turning into won business.</source>
        <translation>Mehr der bereits im Funnel vorhandenen Nachfrage wird zu gewonnenem Geschäft.</translation>
    </message>
    <message>
        <source>Revenue arriving sooner from the same pipeline.</source>
        <translation>Umsatz kommt früher aus derselben Pipeline.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kundenbindung</translation>
    </message>
    <message>
        <source>Customers staying and renewing because they got what they were promised.</source>
        <translation>Kunden bleiben und verlängern, weil sie bekommen haben, was ihnen versprochen wurde.</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <source>Existing customers buying more as they succeed.</source>
        <translation>Bestandskunden kaufen mehr, wenn sie erfolgreich sind.</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>Each customer worth more over the whole relationship.</source>
        <translation>Jeder Kunde ist über die gesamte Beziehung mehr wert.</translation>
    </message>
    <message>
        <source>More new revenue for every dollar spent on go-to-market.</source>
        <translation>Mehr neuer Umsatz für jeden Dollar, der für Go-to-Market ausgegeben wird.</translation>
    </message>
    <message>
        <source>Accord</source>
        <translation>Accord</translation>
    </message>
</context>
<context>
    <name>accord::ColumnMappingModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation>In der Datei: %1</translation>
    </message>
    <message>
        <source>Accord field</source>
        <translation>Accord-Feld</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>Spalte der Datei</translation>
    </message>
    <message>
        <source>Row %1 as imported</source>
        <translation>Zeile %1 wie importiert</translation>
    </message>
</context>
<context>
    <name>accord::ConflictPatternsModel</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>RevOps enables</source>
        <translation>RevOps ermöglicht</translation>
    </message>
    <message>
        <source>Policy or artifact</source>
        <translation>Regel oder Artefakt</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Quick fix</source>
        <translation>Schnelle Lösung</translation>
    </message>
    <message>
        <source>Edit “%1” of the pattern “%2”</source>
        <translation>„%1“ im Muster „%2“ bearbeiten</translation>
    </message>
    <message>
        <source>Restore the built-in conflict patterns</source>
        <translation>Integrierte Konfliktmuster wiederherstellen</translation>
    </message>
</context>
<context>
    <name>accord::CrmImporter</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The dates read both day-first and month-first; choose the file&apos;s date format.</source>
        <translation>Die Datumsangaben lassen sich mit Tag oder Monat zuerst lesen; wählen Sie das Datumsformat der Datei.</translation>
    </message>
</context>
<context>
    <name>accord::CrmRowConverter</name>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>„%1“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <source>The record has no id.</source>
        <translation>Der Datensatz hat keine ID.</translation>
    </message>
    <message>
        <source>The record is closed but has no close date to date it by.</source>
        <translation>Der Datensatz ist abgeschlossen, hat aber kein Abschlussdatum, nach dem er datiert werden kann.</translation>
    </message>
</context>
<context>
    <name>accord::CsvReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Die Zeile hat %1 Felder; die Kopfzeile hat %2.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 after line %1; choose its encoding.</source>
        <translation>Die Datei ist nach Zeile %1 kein gültiges UTF-8; wählen Sie ihre Kodierung.</translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>Ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen.</translation>
    </message>
</context>
<context>
    <name>accord::Database</name>
    <message>
        <source>The workspace “%1” cannot be opened.</source>
        <translation>Der Arbeitsbereich „%1“ kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>“%1” already exists; a new workspace needs a new file name.</source>
        <translation>„%1“ existiert bereits; ein neuer Arbeitsbereich braucht einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>The folder for “%1” cannot be created.</source>
        <translation>Der Ordner für „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Another Accord window (process %1 on %2) is editing this workspace.</source>
        <translation>Ein anderes Accord-Fenster (Prozess %1 auf %2) bearbeitet diesen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>The workspace “%1” is in an older format and must be upgraded, but it cannot be written: %2</source>
        <translation>Der Arbeitsbereich „%1“ hat ein älteres Format und muss aktualisiert werden, kann aber nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it was opened read-only.</source>
        <translation>er wurde schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>The workspace “%1” must be upgraded, but the backup copy “%2” could not be written, so nothing was changed.</source>
        <translation>Der Arbeitsbereich „%1“ muss aktualisiert werden, aber die Sicherungskopie „%2“ konnte nicht geschrieben werden, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” exists and cannot be replaced.</source>
        <translation>„%1“ existiert und kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>The workspace “%1” is not open for writing.</source>
        <translation>Der Arbeitsbereich „%1“ ist nicht zum Schreiben geöffnet.</translation>
    </message>
</context>
<context>
    <name>accord::DateParser</name>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>TT/MM/JJJJ</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/TT/JJJJ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>“%1” is not a date like %2.</source>
        <translation>„%1“ ist kein Datum im Format %2.</translation>
    </message>
    <message>
        <source>“%1” is not a day of the calendar.</source>
        <translation>„%1“ ist kein Kalendertag.</translation>
    </message>
    <message>
        <source>“%1” does not exist in the time zone %2: the clocks went forward.</source>
        <translation>„%1“ existiert in der Zeitzone %2 nicht: Die Uhren wurden vorgestellt.</translation>
    </message>
</context>
<context>
    <name>accord::DecidePage</name>
    <message>
        <source>Name exactly one person accountable for the decision, who must be heard, how the options will be judged, and who steps in if no decision comes.</source>
        <translation>Benennen Sie genau eine Person, die für die Entscheidung verantwortlich ist, wer gehört werden muss, wie die Optionen beurteilt werden und wer eingreift, wenn keine Entscheidung fällt.</translation>
    </message>
    <message>
        <source>Accountable owner</source>
        <translation>Verantwortliche Person</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>Decision criteria</source>
        <translation>Entscheidungskriterien</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source> days without a decision</source>
        <translation> Tage ohne Entscheidung</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation>Eskalieren an</translation>
    </message>
    <message>
        <source>Escalation after</source>
        <translation>Eskalation nach</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Choose one accountable owner…</source>
        <translation>Eine verantwortliche Person wählen…</translation>
    </message>
    <message>
        <source>Choose whom to escalate to…</source>
        <translation>Eskalationsstelle wählen…</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>&lt;b&gt;Escalation due: %1 in Decide&lt;/b&gt;; escalate to %2.</source>
        <translation>&lt;b&gt;Eskalation fällig: %1 in Entscheiden&lt;/b&gt;; eskalieren an %2.</translation>
    </message>
</context>
<context>
    <name>accord::DecisionCommands</name>
    <message>
        <source>The decision no longer exists.</source>
        <translation>Die Entscheidung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” is already %2.</source>
        <translation>„%1“ ist bereits %2.</translation>
    </message>
    <message>
        <source>Write down what was decided.</source>
        <translation>Schreiben Sie auf, was entschieden wurde.</translation>
    </message>
    <message>
        <source>Name the one person accountable for the decision.</source>
        <translation>Benennen Sie die eine Person, die für die Entscheidung verantwortlich ist.</translation>
    </message>
    <message>
        <source>Record the decision “%1”</source>
        <translation>Entscheidung „%1“ erfassen</translation>
    </message>
    <message>
        <source>Supersede “%1” with “%2”</source>
        <translation>„%1“ durch „%2“ ersetzen</translation>
    </message>
    <message>
        <source>Reverse the decision “%1”</source>
        <translation>Entscheidung „%1“ zurücknehmen</translation>
    </message>
</context>
<context>
    <name>accord::DecisionForm</name>
    <message>
        <source>Record decision</source>
        <translation>Entscheidung erfassen</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>Was entschieden wurde</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Choose the accountable owner…</source>
        <translation>Verantwortliche Person wählen…</translation>
    </message>
    <message>
        <source>No case (a decision about the rhythm itself)</source>
        <translation>Kein Fall (Entscheidung zum Rhythmus)</translation>
    </message>
    <message>
        <source>Nothing: a new decision</source>
        <translation>Nichts: eine neue Entscheidung</translation>
    </message>
</context>
<context>
    <name>accord::DecisionLogView</name>
    <message>
        <source>Reverse decision</source>
        <translation>Entscheidung zurücknehmen</translation>
    </message>
    <message>
        <source>Search decisions, owners, cases and meetings</source>
        <translation>Entscheidungen, Verantwortliche, Fälle und Meetings durchsuchen</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Entscheidungslog</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n decision(s)</source>
        <translation>
            <numerusform>%1 von %n Entscheidung</numerusform>
            <numerusform>%1 von %n Entscheidungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::DecisionModel</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Supersedes %1</source>
        <translation>Ersetzt %1</translation>
    </message>
    <message>
        <source>a removed decision</source>
        <translation>eine entfernte Entscheidung</translation>
    </message>
    <message>
        <source>Superseded by %1</source>
        <translation>Ersetzt durch %1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Supersession</source>
        <translation>Ersetzung</translation>
    </message>
    <message>
        <source>Metric definition</source>
        <translation>Kennzahldefinition</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
</context>
<context>
    <name>accord::DecisionsOfTheDayModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case or meeting</source>
        <translation>Fall oder Meeting</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Verantwortlich</translation>
    </message>
</context>
<context>
    <name>accord::DemoWorkspace</name>
    <message>
        <source>The demo needs the catalogue entry “%1” in %2, which is missing.</source>
        <translation>Die Demo braucht den Katalogeintrag „%1“ in %2, der fehlt.</translation>
    </message>
    <message>
        <source>The demo refers to an unknown person “%1”.</source>
        <translation>Die Demo verweist auf eine unbekannte Person „%1“.</translation>
    </message>
    <message>
        <source>The demo needs at least one reject reason in the catalogue, and there is none.</source>
        <translation>Die Demo braucht mindestens einen Ablehnungsgrund im Katalog, und es gibt keinen.</translation>
    </message>
</context>
<context>
    <name>accord::DiagnosePage</name>
    <message>
        <source>Find why the friction happens, not who is to blame. Name each root cause from the taxonomy and write down the evidence that shows it.</source>
        <translation>Finden Sie heraus, warum die Reibung entsteht, nicht wer schuld ist. Benennen Sie jede Ursache aus der Taxonomie und schreiben Sie die Belege dafür auf.</translation>
    </message>
    <message>
        <source>Add a root cause</source>
        <translation>Ursache hinzufügen</translation>
    </message>
    <message>
        <source>Add a definition action to Resolve</source>
        <translation>Definitionsmaßnahme zu Umsetzen hinzufügen</translation>
    </message>
    <message>
        <source>Remove a root cause</source>
        <translation>Ursache entfernen</translation>
    </message>
    <message>
        <source>Data-trust signals: tick what the teams recognise</source>
        <translation>Signale für Datenvertrauen: Haken Sie ab, was die Teams wiedererkennen</translation>
    </message>
    <message>
        <source>&lt;b&gt;The root cause is probably data trust.&lt;/b&gt; When teams doubt the numbers, agree one definition in the metric dictionary before arguing about the result: add a definition action and name the dictionary entry it settles.</source>
        <translation>&lt;b&gt;Die Ursache liegt wahrscheinlich im Vertrauen in die Daten.&lt;/b&gt; Wenn Teams den Zahlen misstrauen, vereinbaren Sie eine Definition im Kennzahlen-Lexikon, bevor Sie über das Ergebnis streiten: Fügen Sie eine Definitionsmaßnahme hinzu und nennen Sie den Lexikon-Eintrag, den sie klärt.</translation>
    </message>
    <message>
        <source>Data-trust signals</source>
        <translation>Signale für Datenvertrauen</translation>
    </message>
    <message>
        <source>Agree one definition of the disputed number in the dictionary</source>
        <translation>Eine Definition der umstrittenen Zahl im Lexikon vereinbaren</translation>
    </message>
    <message>
        <source>Agree one definition of %1 in the dictionary</source>
        <translation>Eine Definition von %1 im Lexikon vereinbaren</translation>
    </message>
    <message>
        <source>Add a definition action</source>
        <translation>Definitionsmaßnahme hinzufügen</translation>
    </message>
</context>
<context>
    <name>accord::DictionaryView</name>
    <message>
        <source>Export glossary…</source>
        <translation>Glossar exportieren…</translation>
    </message>
    <message>
        <source>Search names and definitions</source>
        <translation>Namen und Definitionen durchsuchen</translation>
    </message>
    <message>
        <source>Metric dictionary</source>
        <translation>Kennzahlen-Lexikon</translation>
    </message>
    <message>
        <source>Metric glossary.md</source>
        <translation>Kennzahlen-Glossar.md</translation>
    </message>
    <message>
        <source>Export glossary</source>
        <translation>Glossar exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>The glossary of %n metric(s) was written to %1.</source>
        <translation>
            <numerusform>Das Glossar mit %n Kennzahl wurde nach %1 geschrieben.</numerusform>
            <numerusform>Das Glossar mit %n Kennzahlen wurde nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The glossary could not be written to %1: %2</source>
        <translation>Das Glossar konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>accord::Enums</name>
    <message>
        <source>Surface</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnostizieren</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Abstimmen</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Umsetzen</translation>
    </message>
    <message>
        <source>Govern</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Eingefroren</translation>
    </message>
    <message>
        <source>Computed from CRM records</source>
        <translation>Aus CRM-Datensätzen berechnet</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Manuell erfasst</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <source>Enrich</source>
        <translation>Anreichern</translation>
    </message>
    <message>
        <source>Reroute</source>
        <translation>Neu zuweisen</translation>
    </message>
    <message>
        <source>Suppress</source>
        <translation>Unterdrücken</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Campaign priority</source>
        <translation>Kampagnenpriorität</translation>
    </message>
    <message>
        <source>Sales play</source>
        <translation>Sales Play</translation>
    </message>
    <message>
        <source>Customer signal</source>
        <translation>Kundensignal</translation>
    </message>
    <message>
        <source>Ownership rule</source>
        <translation>Zuständigkeitsregel</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Entfallen</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In Kraft</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Entworfen</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Lead standard</source>
        <translation>Lead-Standard</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Annahme/Ablehnung</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Schlechter</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gescheitert</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Standing item</source>
        <translation>Fester Punkt</translation>
    </message>
    <message>
        <source>Case review</source>
        <translation>Fall-Review</translation>
    </message>
    <message>
        <source>Escalation due</source>
        <translation>Eskalation fällig</translation>
    </message>
    <message>
        <source>Overdue action</source>
        <translation>Überfällige Maßnahme</translation>
    </message>
    <message>
        <source>Metric off target</source>
        <translation>Kennzahl nicht im Ziel</translation>
    </message>
    <message>
        <source>Definition changed</source>
        <translation>Definition geändert</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Wiederkehr</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>accord::ExperimentForm</name>
    <message>
        <source>Agree experiment</source>
        <translation>Experiment vereinbaren</translation>
    </message>
    <message>
        <source>If we do this, then that metric moves</source>
        <translation>Wenn wir dies tun, bewegt sich jene Kennzahl</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothese</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Choose the owner…</source>
        <translation>Verantwortliche Person wählen…</translation>
    </message>
    <message>
        <source>Choose the metric…</source>
        <translation>Kennzahl wählen…</translation>
    </message>
</context>
<context>
    <name>accord::ExperimentModel</name>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothese</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>accord::FollowUpView</name>
    <message>
        <source>Actions across cases</source>
        <translation>Maßnahmen aller Fälle</translation>
    </message>
    <message>
        <source>Pulse and cross-team goals</source>
        <translation>Puls und teamübergreifende Ziele</translation>
    </message>
    <message>
        <source>Customer NPS</source>
        <translation>Kunden-NPS</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
</context>
<context>
    <name>accord::FormulaEdit</name>
    <message>
        <source>Entered by hand each period: no formula</source>
        <translation>Jede Periode manuell erfasst: keine Formel</translation>
    </message>
    <message>
        <source>Entered by hand: the value is recorded for each period, not computed.</source>
        <translation>Manuell erfasst: Der Wert wird für jede Periode erfasst, nicht berechnet.</translation>
    </message>
    <message>
        <source>A computed metric needs a formula.</source>
        <translation>Eine berechnete Kennzahl braucht eine Formel.</translation>
    </message>
    <message>
        <source>✗ %1 (at character %2)</source>
        <translation>✗ %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>✓ valid</source>
        <translation>✓ gültig</translation>
    </message>
</context>
<context>
    <name>accord::FormulaFields</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>accord::FormulaLexer</name>
    <message>
        <source>“%1” at %2 is not a number</source>
        <translation>„%1“ bei %2 ist keine Zahl</translation>
    </message>
    <message>
        <source>The text starting at %1 has no closing quote</source>
        <translation>Der Text ab %1 hat kein schließendes Anführungszeichen</translation>
    </message>
    <message>
        <source>Unexpected “!” at %1; write “not” or “!=”</source>
        <translation>Unerwartetes „!“ bei %1; schreiben Sie „not“ oder „!=“</translation>
    </message>
    <message>
        <source>Unexpected character “%1” at %2</source>
        <translation>Unerwartetes Zeichen „%1“ bei %2</translation>
    </message>
    <message>
        <source>the end of the formula</source>
        <translation>das Ende der Formel</translation>
    </message>
    <message>
        <source>the text “%1”</source>
        <translation>der Text „%1“</translation>
    </message>
</context>
<context>
    <name>accord::FormulaParser</name>
    <message>
        <source>records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>value, records</source>
        <translation>Wert, Datensätze</translation>
    </message>
    <message>
        <source>rank, value, records</source>
        <translation>Rang, Wert, Datensätze</translation>
    </message>
    <message>
        <source>records, condition</source>
        <translation>Datensätze, Bedingung</translation>
    </message>
    <message>
        <source>%1; did you mean “%2”?</source>
        <translation>%1; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>%1; known: %2</source>
        <translation>%1; bekannt: %2</translation>
    </message>
    <message>
        <source>the %1 field “%2”</source>
        <translation>das Feld „%2“ (%1)</translation>
    </message>
    <message>
        <source>the duration %1</source>
        <translation>die Dauer %1</translation>
    </message>
    <message>
        <source>the text “%1”</source>
        <translation>der Text „%1“</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>The formula is empty</source>
        <translation>Die Formel ist leer</translation>
    </message>
    <message>
        <source>Unexpected “)” at %1: it closes nothing</source>
        <translation>Unerwartete „)“ bei %1: Sie schließt nichts</translation>
    </message>
    <message>
        <source>Unexpected %1 at %2 after a complete formula; is an operator missing?</source>
        <translation>Unerwartet: %1 bei %2 nach einer vollständigen Formel; fehlt ein Operator?</translation>
    </message>
    <message>
        <source>Expected %1 at %2, found %3</source>
        <translation>%1 erwartet bei %2, gefunden: %3</translation>
    </message>
    <message>
        <source>“(” after “%1”</source>
        <translation>„(“ nach „%1“</translation>
    </message>
    <message>
        <source>The “(” at %1 is never closed</source>
        <translation>Die „(“ bei %1 wird nie geschlossen</translation>
    </message>
    <message>
        <source>Wrong number of arguments for “%1” at %2: it takes (%3), found %4</source>
        <translation>Falsche Anzahl Argumente für „%1“ bei %2: erwartet (%3), gefunden %4</translation>
    </message>
    <message>
        <source>Unknown field “%1” at %2</source>
        <translation>Unbekanntes Feld „%1“ bei %2</translation>
    </message>
    <message>
        <source>Unknown function “%1” at %2</source>
        <translation>Unbekannte Funktion „%1“ bei %2</translation>
    </message>
    <message>
        <source>a field</source>
        <translation>ein Feld</translation>
    </message>
    <message>
        <source>“%1” at %2 is not a time field</source>
        <translation>„%1“ bei %2 ist kein Zeitfeld</translation>
    </message>
    <message>
        <source>Expected a number at %1, found %2; %3</source>
        <translation>Zahl erwartet bei %1, gefunden: %2; %3</translation>
    </message>
    <message>
        <source>the record set “%1”</source>
        <translation>die Datensatzmenge „%1“</translation>
    </message>
    <message>
        <source>count it with count(%1)</source>
        <translation>zählen Sie sie mit count(%1)</translation>
    </message>
    <message>
        <source>the field “%1”</source>
        <translation>das Feld „%1“</translation>
    </message>
    <message>
        <source>aggregate it with sum(), avg(), median() or percentile()</source>
        <translation>aggregieren Sie es mit sum(), avg(), median() oder percentile()</translation>
    </message>
    <message>
        <source>a duration</source>
        <translation>eine Dauer</translation>
    </message>
    <message>
        <source>aggregate it with avg(), median() or percentile()</source>
        <translation>aggregieren Sie sie mit avg(), median() oder percentile()</translation>
    </message>
    <message>
        <source>Unknown name “%1” at %2</source>
        <translation>Unbekannter Name „%1“ bei %2</translation>
    </message>
    <message>
        <source>texts belong in conditions</source>
        <translation>Texte gehören in Bedingungen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a percentile from 0 to 100</source>
        <translation>ein Perzentil von 0 bis 100</translation>
    </message>
    <message>
        <source>The percentile %1 at %2 is outside 0–100</source>
        <translation>Das Perzentil %1 bei %2 liegt außerhalb von 0–100</translation>
    </message>
    <message>
        <source>“%1” at %2 is not a number; %3() reads amount or a duration such as hours(mql_at, first_touch_at)</source>
        <translation>„%1“ bei %2 ist keine Zahl; %3() liest amount oder eine Dauer wie hours(mql_at, first_touch_at)</translation>
    </message>
    <message>
        <source>amount or a duration</source>
        <translation>amount oder eine Dauer</translation>
    </message>
    <message>
        <source>from time, to time</source>
        <translation>Zeit von, Zeit bis</translation>
    </message>
    <message>
        <source>leads, opportunities or records</source>
        <translation>leads, opportunities oder records</translation>
    </message>
    <message>
        <source>Expected %1 at %2, found “%3”</source>
        <translation>%1 erwartet bei %2, gefunden: „%3“</translation>
    </message>
    <message>
        <source>a condition</source>
        <translation>eine Bedingung</translation>
    </message>
    <message>
        <source>a funnel stage</source>
        <translation>eine Funnel-Phase</translation>
    </message>
    <message>
        <source>Unknown stage “%1” at %2</source>
        <translation>Unbekannte Phase „%1“ bei %2</translation>
    </message>
    <message>
        <source>The stage “%1” at %2 reads “%3”, which is not a time field of the records</source>
        <translation>Die Phase „%1“ bei %2 liest „%3“, das kein Zeitfeld der Datensätze ist</translation>
    </message>
    <message>
        <source>a reject reason</source>
        <translation>ein Ablehnungsgrund</translation>
    </message>
    <message>
        <source>Unknown reject reason “%1” at %2</source>
        <translation>Unbekannter Ablehnungsgrund „%1“ bei %2</translation>
    </message>
    <message>
        <source>a field, a text or a number</source>
        <translation>ein Feld, ein Text oder eine Zahl</translation>
    </message>
    <message>
        <source>“in” at %1 needs a text field on its left, not %2</source>
        <translation>„in“ bei %1 braucht links ein Textfeld, nicht %2</translation>
    </message>
    <message>
        <source>a text in quotes</source>
        <translation>ein Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>a comparison (=, &lt;&gt;, &lt;, &lt;=, &gt;, &gt;= or in)</source>
        <translation>ein Vergleich (=, &lt;&gt;, &lt;, &lt;=, &gt;, &gt;= oder in)</translation>
    </message>
    <message>
        <source>Cannot compare %1 with %2 at %3</source>
        <translation>%1 kann bei %3 nicht mit %2 verglichen werden</translation>
    </message>
</context>
<context>
    <name>accord::FormulaSql</name>
    <message>
        <source>The formula names “%1”, which is not a record field.</source>
        <translation>Die Formel nennt „%1“, das kein Feld der Datensätze ist.</translation>
    </message>
</context>
<context>
    <name>accord::FrictionMatrixView</name>
    <message>
        <source>Heat map</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Friction types</source>
        <translation>Reibungsarten</translation>
    </message>
    <message>
        <source>Conflict patterns</source>
        <translation>Konfliktmuster</translation>
    </message>
    <message>
        <source>Restore built-in texts</source>
        <translation>Integrierte Texte wiederherstellen</translation>
    </message>
    <message>
        <source>Puts the catalogue&apos;s own texts back into the rows that came with it; rows you added keep theirs. Undo takes it back.</source>
        <translation>Setzt die Katalogtexte in den mitgelieferten Zeilen wieder ein; von Ihnen hinzugefügte Zeilen behalten ihre Texte. Rückgängig nimmt es zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Built-in texts restored in %n row(s). Undo takes them back.</source>
        <translation>
            <numerusform>Integrierte Texte in %n Zeile wiederhergestellt. Rückgängig nimmt es zurück.</numerusform>
            <numerusform>Integrierte Texte in %n Zeilen wiederhergestellt. Rückgängig nimmt es zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every built-in row already has its built-in texts.</source>
        <translation>Jede integrierte Zeile hat bereits ihre integrierten Texte.</translation>
    </message>
</context>
<context>
    <name>accord::FrictionTypesModel</name>
    <message>
        <source>The definition of %1 changed in %2: the latest value is not comparable with the ones before.</source>
        <translation>Die Definition von %1 wurde in %2 geändert: Der letzte Wert ist mit den früheren nicht vergleichbar.</translation>
    </message>
    <message>
        <source>Friction type</source>
        <translation>Reibungsart</translation>
    </message>
    <message>
        <source>What it looks like</source>
        <translation>Woran man es erkennt</translation>
    </message>
    <message>
        <source>Likely root cause</source>
        <translation>Vermutete Ursache</translation>
    </message>
    <message>
        <source>Resolution mechanism</source>
        <translation>Lösungsmechanismus</translation>
    </message>
    <message>
        <source>Primary KPI</source>
        <translation>Primäre KPI</translation>
    </message>
    <message>
        <source>KPI now</source>
        <translation>KPI aktuell</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>Edit “%1” of friction type “%2”</source>
        <translation>„%1“ der Reibungsart „%2“ bearbeiten</translation>
    </message>
    <message>
        <source>Restore the built-in friction types</source>
        <translation>Integrierte Reibungsarten wiederherstellen</translation>
    </message>
</context>
<context>
    <name>accord::FunnelChart</name>
    <message>
        <source>Funnel of the records created %1 – %2</source>
        <translation>Funnel der Datensätze, erstellt %1 – %2</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;→ %2%</source>
        <translation>%1&lt;br&gt;→ %2%</translation>
    </message>
</context>
<context>
    <name>accord::FunnelCommands</name>
    <message>
        <source>The funnel stage no longer exists.</source>
        <translation>Die Funnel-Phase existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A funnel stage needs a name.</source>
        <translation>Eine Funnel-Phase braucht einen Namen.</translation>
    </message>
    <message>
        <source>Rename stage “%1” to “%2”</source>
        <translation>Phase „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Change stage “%1”</source>
        <translation>Phase „%1“ ändern</translation>
    </message>
    <message>
        <source>Add stage “%1”</source>
        <translation>Phase „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>“%1” is the first stage already.</source>
        <translation>„%1“ ist bereits die erste Phase.</translation>
    </message>
    <message>
        <source>“%1” is the last stage already.</source>
        <translation>„%1“ ist bereits die letzte Phase.</translation>
    </message>
    <message>
        <source>Move stage “%1” earlier</source>
        <translation>Phase „%1“ nach vorne verschieben</translation>
    </message>
    <message>
        <source>Move stage “%1” later</source>
        <translation>Phase „%1“ nach hinten verschieben</translation>
    </message>
    <message>
        <source>“%1” cannot be removed: %2 read it. Change their definitions first.</source>
        <translation>„%1“ kann nicht entfernt werden: %2 lesen sie. Ändern Sie zuerst deren Definitionen.</translation>
    </message>
    <message>
        <source>Remove stage “%1”</source>
        <translation>Phase „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>accord::FunnelDiagram</name>
    <message>
        <source>%1 → %2 handoff</source>
        <translation>Übergabe %1 → %2</translation>
    </message>
    <message>
        <source>The funnel has no stages yet. Add the first one below.</source>
        <translation>Der Funnel hat noch keine Phasen. Fügen Sie unten die erste hinzu.</translation>
    </message>
</context>
<context>
    <name>accord::FunnelPage</name>
    <message>
        <source>Add stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Niemand verantwortlich</translation>
    </message>
    <message>
        <source>Stages run left to right; a dashed line marks where the owning team changes.</source>
        <translation>Die Phasen laufen von links nach rechts; eine gestrichelte Linie markiert, wo das verantwortliche Team wechselt.</translation>
    </message>
</context>
<context>
    <name>accord::FunnelStageModel</name>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Entry criteria</source>
        <translation>Eingangskriterien</translation>
    </message>
    <message>
        <source>Exit criteria</source>
        <translation>Ausgangskriterien</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
</context>
<context>
    <name>accord::GlossaryExport</name>
    <message>
        <source>Metric glossary — %1</source>
        <translation>Kennzahlen-Glossar — %1</translation>
    </message>
    <message>
        <source>Frozen definitions change only through a recorded decision; drafts are still being agreed.</source>
        <translation>Eingefrorene Definitionen ändern sich nur durch eine erfasste Entscheidung; Entwürfe werden noch abgestimmt.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>manuell erfasst</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Amber threshold</source>
        <translation>Gelb-Schwelle</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>Verantwortliches Team</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>Quellsystem</translation>
    </message>
    <message>
        <source>Funnel stages</source>
        <translation>Funnel-Phasen</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Version %1, %2 by %3: %4</source>
        <translation>Version %1, %2 von %3: %4</translation>
    </message>
</context>
<context>
    <name>accord::GoalModel</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Usually done by</source>
        <translation>Üblicherweise erledigt von</translation>
    </message>
    <message>
        <source>Cross-team goal</source>
        <translation>Teamübergreifendes Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change the cross-team goal “%1”</source>
        <translation>Teamübergreifendes Ziel „%1“ ändern</translation>
    </message>
    <message>
        <source>New cross-team goal</source>
        <translation>Neues teamübergreifendes Ziel</translation>
    </message>
    <message>
        <source>Add a cross-team goal</source>
        <translation>Teamübergreifendes Ziel hinzufügen</translation>
    </message>
</context>
<context>
    <name>accord::GovernPage</name>
    <message>
        <source>A fix holds only if someone keeps looking at it. Choose the meeting that inspects this case and when it looks next.</source>
        <translation>Eine Lösung hält nur, wenn jemand weiter hinschaut. Wählen Sie das Meeting, das diesen Fall prüft, und wann es das nächste Mal hinschaut.</translation>
    </message>
    <message>
        <source>Operating rhythm</source>
        <translation>Betriebsrhythmus</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächstes Review</translation>
    </message>
    <message>
        <source>Reviews so far</source>
        <translation>Bisherige Reviews</translation>
    </message>
    <message>
        <source>Record a review today</source>
        <translation>Heute ein Review erfassen</translation>
    </message>
    <message>
        <source>Record a review</source>
        <translation>Review erfassen</translation>
    </message>
    <message>
        <source>Choose the operating rhythm…</source>
        <translation>Betriebsrhythmus wählen…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Noch kein Review.</translation>
    </message>
</context>
<context>
    <name>accord::GuiLauncher</name>
    <message>
        <source>Could not write the screenshot “%1”.</source>
        <translation>Der Screenshot „%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Open a fresh demo workspace.</source>
        <translation>Einen neuen Demo-Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to PNG and quit.</source>
        <translation>Ein Bild des Hauptfensters als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Accord turns friction between go-to-market teams into decisions.</source>
        <translation>Accord macht aus Reibung zwischen Go-to-Market-Teams Entscheidungen.</translation>
    </message>
    <message>
        <source>The workspace to open.</source>
        <translation>Der zu öffnende Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>accord::HeatMapModel</name>
    <message>
        <source>%1M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>Highest severity</source>
        <translation>Höchster Schweregrad</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Gefährdeter Umsatz</translation>
    </message>
    <message>
        <source>Days open (oldest case)</source>
        <translation>Tage offen (ältester Fall)</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n Tg.</numerusform>
            <numerusform>%n Tg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: %n open case(s)</source>
        <translation>
            <numerusform>%1 und %2: %n offener Fall</numerusform>
            <numerusform>%1 und %2: %n offene Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <source>, %1 at risk</source>
        <translation>, %1 gefährdet</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::HeatMapPage</name>
    <message>
        <source>Friction heat map: %1</source>
        <translation>Reibungs-Heatmap: %1</translation>
    </message>
    <message>
        <source>The map needs at least two teams.</source>
        <translation>Die Karte braucht mindestens zwei Teams.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>Shade and number: %1</source>
        <translation>Farbe und Zahl: %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1: no open cases.</source>
        <translation>%1: keine offenen Fälle.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n open: </source>
        <translation>
            <numerusform>%1, %n offen: </numerusform>
            <numerusform>%1, %n offen: </numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source> … and %n more (Enter opens them)</source>
        <translation>
            <numerusform> … und %n weiterer (Eingabe öffnet sie)</numerusform>
            <numerusform> … und %n weitere (Eingabe öffnet sie)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::HeatMapView</name>
    <message>
        <source>Friction heat map</source>
        <translation>Reibungs-Heatmap</translation>
    </message>
    <message>
        <source>&amp;Shade by:</source>
        <translation>&amp;Färben nach:</translation>
    </message>
    <message>
        <source>Point at a cell to see its cases.</source>
        <translation>Zeigen Sie auf eine Zelle, um ihre Fälle zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: %n open case(s)</source>
        <translation>
            <numerusform>%1 und %2: %n offener Fall</numerusform>
            <numerusform>%1 und %2: %n offene Fälle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::ImportDialog</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Import the good rows only, leaving out the rows listed above</source>
        <translation>Nur die fehlerfreien Zeilen importieren, ohne die oben aufgeführten Zeilen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Import CRM Export</source>
        <translation>CRM-Export importieren</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>The %1 preset</source>
        <translation>Die Vorlage %1</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— nicht in dieser Datei —</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Files of the export: leads and their opportunities</source>
        <translation>Dateien des Exports: Leads und ihre Opportunities</translation>
    </message>
    <message>
        <source>Each row is</source>
        <translation>Jede Zeile ist</translation>
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
        <source>Dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <source>Time zone of the file</source>
        <translation>Zeitzone der Datei</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Link to the leads file</source>
        <translation>Verknüpfung zur Lead-Datei</translation>
    </message>
    <message>
        <source>CRM exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CRM-Exporte (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Detect (found: %1)</source>
        <translation>Automatisch (gefunden: %1)</translation>
    </message>
    <message>
        <source>The dates read both day first and month first. Choose their order; the table shows the first rows read with it.</source>
        <translation>Die Datumsangaben lassen sich mit Tag oder Monat zuerst lesen. Wählen Sie die Reihenfolge; die Tabelle zeigt die ersten so gelesenen Zeilen.</translation>
    </message>
    <message>
        <source>The dates could be read either way: check the first rows in the table.</source>
        <translation>Die Datumsangaben sind auf beide Arten lesbar: Prüfen Sie die ersten Zeilen in der Tabelle.</translation>
    </message>
    <message>
        <source>No saved mapping or preset fits: map the columns</source>
        <translation>Keine gespeicherte Zuordnung oder Vorlage passt: Ordnen Sie die Spalten zu</translation>
    </message>
    <message>
        <source>Offered: %1</source>
        <translation>Angeboten: %1</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <source>Add the files of the export, or drop them on Accord&apos;s window.</source>
        <translation>Fügen Sie die Dateien des Exports hinzu oder ziehen Sie sie auf das Accord-Fenster.</translation>
    </message>
    <message>
        <source>Check the files to see what the import will do before anything is written.</source>
        <translation>Prüfen Sie die Dateien, um zu sehen, was der Import tun wird, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfe…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <source>Rows read: %1 · to import: %2 · to update: %3 · rejected: %4</source>
        <translation>Gelesene Zeilen: %1 · zu importieren: %2 · zu aktualisieren: %3 · abgelehnt: %4</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 rejected.</source>
        <translation>Importiert: %1 neu, %2 aktualisiert, %3 abgelehnt.</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>Die Zuordnung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Es wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>%1. The rows below cannot be imported.</source>
        <translation>%1. Die Zeilen unten können nicht importiert werden.</translation>
    </message>
    <message>
        <source>Nothing was written: the files have rows that cannot be imported.</source>
        <translation>Es wurde nichts geschrieben: Die Dateien enthalten Zeilen, die nicht importiert werden können.</translation>
    </message>
</context>
<context>
    <name>accord::ImportMappingChoice</name>
    <message>
        <source>There is no saved mapping, preset or mapping file called “%1”; the presets are %2.</source>
        <translation>Es gibt keine gespeicherte Zuordnung, Vorlage oder Zuordnungsdatei namens „%1“; die Vorlagen sind %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the %1 preset</source>
        <translation>die Vorlage %1</translation>
    </message>
    <message>
        <source>No saved mapping or preset fits the file&apos;s columns; name a mapping.</source>
        <translation>Keine gespeicherte Zuordnung oder Vorlage passt zu den Spalten der Datei; geben Sie eine Zuordnung an.</translation>
    </message>
    <message>
        <source>The saved mapping “%1” cannot be read: %2</source>
        <translation>Die gespeicherte Zuordnung „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>saved mapping “%1”</source>
        <translation>gespeicherte Zuordnung „%1“</translation>
    </message>
    <message>
        <source>The file&apos;s columns are not a %1 export.</source>
        <translation>Die Spalten der Datei sind kein %1-Export.</translation>
    </message>
    <message>
        <source>The mapping file “%1” cannot be read: %2</source>
        <translation>Die Zuordnungsdatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The mapping file “%1” is not a valid mapping: %2</source>
        <translation>Die Zuordnungsdatei „%1“ ist keine gültige Zuordnung: %2</translation>
    </message>
    <message>
        <source>the mapping file “%1”</source>
        <translation>die Zuordnungsdatei „%1“</translation>
    </message>
</context>
<context>
    <name>accord::ImportMappingDefinition</name>
    <message>
        <source>“%1” must be one character, not “%2”.</source>
        <translation>„%1“ muss ein einzelnes Zeichen sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2.</source>
        <translation>„%1“ ist kein gültiger Wert für %2.</translation>
    </message>
    <message>
        <source>The mapping is in format %1; this version of Accord reads format %2.</source>
        <translation>Die Zuordnung hat Format %1; diese Accord-Version liest Format %2.</translation>
    </message>
    <message>
        <source>“%1” is not a field of a record.</source>
        <translation>„%1“ ist kein Feld eines Datensatzes.</translation>
    </message>
    <message>
        <source>The mapping is not valid JSON: %1</source>
        <translation>Die Zuordnung ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>No column is chosen as the record id.</source>
        <translation>Keine Spalte ist als Datensatz-ID gewählt.</translation>
    </message>
    <message>
        <source>The file has no column “%1”.</source>
        <translation>Die Datei hat keine Spalte „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>„%1“ ist keine bekannte Zeitzone.</translation>
    </message>
</context>
<context>
    <name>accord::ImportProblemModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>accord::KpiNow</name>
    <message>
        <source>no value yet</source>
        <translation>noch kein Wert</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source> ▲</source>
        <translation> ▲</translation>
    </message>
    <message>
        <source> ▼</source>
        <translation> ▼</translation>
    </message>
    <message>
        <source> ▶</source>
        <translation> ▶</translation>
    </message>
    <message>
        <source> (definition changed)</source>
        <translation> (Definition geändert)</translation>
    </message>
</context>
<context>
    <name>accord::LearnPage</name>
    <message>
        <source>Look back together: what changed, what did not, and what the numbers say. A friction that returns later between the same teams is flagged as a recurrence.</source>
        <translation>Blicken Sie gemeinsam zurück: was sich geändert hat, was nicht, und was die Zahlen sagen. Eine Reibung, die später zwischen denselben Teams wiederkehrt, wird als Wiederkehr markiert.</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Fall schließen</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>Fall wieder öffnen</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Was funktioniert hat</translation>
    </message>
    <message>
        <source>What did not, or came back</source>
        <translation>Was nicht funktioniert hat oder wiederkam</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>KPI movement</source>
        <translation>KPI-Entwicklung</translation>
    </message>
    <message>
        <source>Closed on %1.</source>
        <translation>Geschlossen am %1.</translation>
    </message>
    <message>
        <source>Open. Closing needs the whole retrospective and the case at this step.</source>
        <translation>Offen. Zum Schließen braucht es die vollständige Retrospektive und den Fall in diesem Schritt.</translation>
    </message>
</context>
<context>
    <name>accord::LineageDialog</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>How “%1” was made — %2</source>
        <translation>Wie „%1“ entstand — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · target %3</source>
        <translation>%1 · %2 · Ziel %3</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Entered by hand for each period</source>
        <translation>Für jede Periode manuell erfasst</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Filters applied</source>
        <translation>Angewendete Filter</translation>
    </message>
    <message>
        <source>The records could not be listed: %1</source>
        <translation>Die Datensätze konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) counted.</source>
        <translation>
            <numerusform>%n Datensatz gezählt.</numerusform>
            <numerusform>%n Datensätze gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>eingefroren</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>, in force since %1</source>
        <translation>, in Kraft seit %1</translation>
    </message>
    <message>
        <source>, used for every period shown.</source>
        <translation>, für jede gezeigte Periode verwendet.</translation>
    </message>
    <message>
        <source>Δ The definition changed in this period: version %1 on %2 (%3).</source>
        <translation>Δ Die Definition hat sich in dieser Periode geändert: Version %1 am %2 (%3).</translation>
    </message>
    <message>
        <source>%1: %2, entered by %3 on %4</source>
        <translation>%1: %2, erfasst von %3 am %4</translation>
    </message>
    <message>
        <source>someone unnamed</source>
        <translation>jemand Unbenanntes</translation>
    </message>
    <message>
        <source>No CRM record: this metric is entered by hand, and nothing was entered for this period.</source>
        <translation>Kein CRM-Datensatz: Diese Kennzahl wird manuell erfasst, und für diese Periode wurde nichts erfasst.</translation>
    </message>
    <message>
        <source>No CRM record: this value was entered by hand.</source>
        <translation>Kein CRM-Datensatz: Dieser Wert wurde manuell erfasst.</translation>
    </message>
    <message>
        <source>Period %1: %2 to %3 (UTC)</source>
        <translation>Periode %1: %2 bis %3 (UTC)</translation>
    </message>
    <message>
        <source>%1 is “%2”</source>
        <translation>%1 ist „%2“</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Datensätze: %1</translation>
    </message>
    <message>
        <source>Export the records as CSV</source>
        <translation>Die Datensätze als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 %2.csv</source>
        <translation>%1 %2.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n Datensatz nach %1 exportiert.</numerusform>
            <numerusform>%n Datensätze nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The records could not be exported to %1: %2</source>
        <translation>Die Datensätze konnten nicht nach %1 exportiert werden: %2</translation>
    </message>
</context>
<context>
    <name>accord::LineageModel</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Erreichte Phase</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SAL</source>
        <translation>SAL</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>Ablehnungsgrund</translation>
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
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>accord::MainWindow</name>
    <message>
        <source>Accord workspaces (*.accord);;All files (*)</source>
        <translation>Accord-Arbeitsbereiche (*.accord);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Teams &amp; People</source>
        <translation>Teams &amp; Personen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Accord</source>
        <translation>Ü&amp;ber Accord</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>This workspace is open read-only: %1</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt geöffnet: %1</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>“%1” exists and cannot be replaced.</source>
        <translation>„%1“ existiert und kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>„%1“ konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>Could not save a copy to “%1”: %2</source>
        <translation>Die Kopie konnte nicht nach „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved a copy to “%1”. You are still editing “%2”.</source>
        <translation>Kopie nach „%1“ gespeichert. Sie bearbeiten weiterhin „%2“.</translation>
    </message>
    <message>
        <source>“%1” is the workspace you are editing; choose another file.</source>
        <translation>„%1“ ist der Arbeitsbereich, den Sie bearbeiten; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>About Accord</source>
        <translation>Über Accord</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Accord %1&lt;/h3&gt;&lt;p&gt;Turn friction between go-to-market teams into decisions: surface it, diagnose it, agree who decides, and follow it through.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Accord %1&lt;/h3&gt;&lt;p&gt;Machen Sie aus Reibung zwischen Go-to-Market-Teams Entscheidungen: erkennen, diagnostizieren, klären, wer entscheidet, und konsequent nachverfolgen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Accord</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>%1 — Accord</source>
        <translation>%1 — Accord</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [schreibgeschützt]</translation>
    </message>
    <message>
        <source>Metric dictionary</source>
        <translation>Kennzahlen-Lexikon</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>Funnel &amp; SLAs</source>
        <translation>Funnel &amp; SLAs</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Entscheidungslog</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>Open cases between %1</source>
        <translation>Offene Fälle zwischen %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>&amp;Import CRM Export…</source>
        <translation>CRM-Export &amp;importieren…</translation>
    </message>
    <message>
        <source>Exported “%1”.</source>
        <translation>„%1“ exportiert.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Present the Friction Matrix</source>
        <translation>Reibungsmatrix &amp;präsentieren</translation>
    </message>
    <message>
        <source>Present &amp;On</source>
        <translation>Präsentieren &amp;auf</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Importing CRM records: editing is paused until the import ends, so nothing you type is lost.</source>
        <translation>CRM-Datensätze werden importiert: Die Bearbeitung ist bis zum Ende des Imports angehalten, damit nichts verloren geht, was Sie eingeben.</translation>
    </message>
</context>
<context>
    <name>accord::MatrixDeck</name>
    <message>
        <source>Friction types</source>
        <translation>Reibungsarten</translation>
    </message>
    <message>
        <source>Conflict patterns</source>
        <translation>Konfliktmuster</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>No metric has a value in the last months yet.</source>
        <translation>In den letzten Monaten hat noch keine Kennzahl einen Wert.</translation>
    </message>
    <message>
        <source>Decisions of the day</source>
        <translation>Entscheidungen des Tages</translation>
    </message>
    <message>
        <source>No decision has been recorded today yet.</source>
        <translation>Heute wurde noch keine Entscheidung erfasst.</translation>
    </message>
</context>
<context>
    <name>accord::MeetingCommands</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>New meeting “%1”</source>
        <translation>Neues Meeting „%1“</translation>
    </message>
    <message>
        <source>Write the hypothesis: if we do this, that metric moves.</source>
        <translation>Schreiben Sie die Hypothese: Wenn wir dies tun, bewegt sich jene Kennzahl.</translation>
    </message>
    <message>
        <source>Name the owner of the experiment.</source>
        <translation>Benennen Sie die verantwortliche Person für das Experiment.</translation>
    </message>
    <message>
        <source>Pick the metric the experiment is judged by.</source>
        <translation>Wählen Sie die Kennzahl, an der das Experiment gemessen wird.</translation>
    </message>
    <message>
        <source>Set an end date after the experiment starts.</source>
        <translation>Legen Sie ein Enddatum nach dem Start des Experiments fest.</translation>
    </message>
    <message>
        <source>This meeting already agreed %1 experiments; focus on those, or stop one first.</source>
        <translation>Dieses Meeting hat bereits %1 Experimente vereinbart; konzentrieren Sie sich auf diese oder stoppen Sie zuerst eines.</translation>
    </message>
    <message>
        <source>Agree the experiment “%1”</source>
        <translation>Experiment „%1“ vereinbaren</translation>
    </message>
</context>
<context>
    <name>accord::MeetingMinutes</name>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>Das Meeting existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 better, %3 same, %4 worse (score %5)</source>
        <translation>%1: %2 besser, %3 gleich, %4 schlechter (Score %5)</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>**Rhythm:** %1  
</source>
        <translation>**Rhythmus:** %1  
</translation>
    </message>
    <message>
        <source>**Date:** %1  
</source>
        <translation>**Datum:** %1  
</translation>
    </message>
    <message>
        <source>**Status:** %1  
</source>
        <translation>**Status:** %1  
</translation>
    </message>
    <message>
        <source>**Facilitator:** %1  
</source>
        <translation>**Moderation:** %1  
</translation>
    </message>
    <message>
        <source>**Attendees:** %1
</source>
        <translation>**Teilnehmende:** %1
</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>No agenda items.</source>
        <translation>Keine Agendapunkte.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>No decisions recorded.</source>
        <translation>Keine Entscheidungen erfasst.</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation>Entschieden: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Fall: %1</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>No experiments agreed.</source>
        <translation>Keine Experimente vereinbart.</translation>
    </message>
    <message>
        <source>Metric: %1</source>
        <translation>Kennzahl: %1</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>Endet: %1</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Puls</translation>
    </message>
    <message>
        <source>To improve: %1</source>
        <translation>Zu verbessern: %1</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>No minutes written.</source>
        <translation>Kein Protokoll geschrieben.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
</context>
<context>
    <name>accord::MeetingModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>accord::MeetingPanel</name>
    <message>
        <source>Minutes as Markdown…</source>
        <translation>Protokoll als Markdown…</translation>
    </message>
    <message>
        <source>Minutes as PDF…</source>
        <translation>Protokoll als PDF…</translation>
    </message>
    <message>
        <source>What was discussed, and what happens next</source>
        <translation>Was besprochen wurde und was als Nächstes passiert</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>No meeting chosen</source>
        <translation>Kein Meeting gewählt</translation>
    </message>
    <message>
        <source>Choose a meeting of the rhythm, or create its next one.</source>
        <translation>Wählen Sie ein Meeting des Rhythmus oder legen Sie das nächste an.</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>Als durchgeführt markieren</translation>
    </message>
    <message>
        <source>%1 of %2 items done</source>
        <translation>%1 von %2 Punkten erledigt</translation>
    </message>
    <message>
        <source>1 decision</source>
        <translation>1 Entscheidung</translation>
    </message>
    <message>
        <source>%1 decisions</source>
        <translation>%1 Entscheidungen</translation>
    </message>
    <message>
        <source>facilitated by %1</source>
        <translation>moderiert von %1</translation>
    </message>
    <message>
        <source>Mark as planned</source>
        <translation>Als geplant markieren</translation>
    </message>
    <message>
        <source>Minutes of “%1”</source>
        <translation>Protokoll von „%1“</translation>
    </message>
    <message>
        <source>Mark “%1” as held</source>
        <translation>„%1“ als durchgeführt markieren</translation>
    </message>
    <message>
        <source>Mark “%1” as planned</source>
        <translation>„%1“ als geplant markieren</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Minutes</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>accord::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>accord::MetricCommands</name>
    <message>
        <source>The metric no longer exists.</source>
        <translation>Die Kennzahl existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Change metric “%1”</source>
        <translation>Kennzahl „%1“ ändern</translation>
    </message>
    <message>
        <source>“%1” is frozen and cannot go back to draft; change it through a new version.</source>
        <translation>„%1“ ist eingefroren und kann nicht zum Entwurf zurück; ändern Sie sie über eine neue Version.</translation>
    </message>
    <message>
        <source>“%1” is frozen: a change to its definition must name the decision that approved it.</source>
        <translation>„%1“ ist eingefroren: Eine Änderung der Definition muss die Entscheidung nennen, die sie genehmigt hat.</translation>
    </message>
    <message>
        <source>New version %1 of “%2”</source>
        <translation>Neue Version %1 von „%2“</translation>
    </message>
    <message>
        <source>“%1” is frozen already.</source>
        <translation>„%1“ ist bereits eingefroren.</translation>
    </message>
    <message>
        <source>Definition frozen</source>
        <translation>Definition eingefroren</translation>
    </message>
    <message>
        <source>Freeze “%1”</source>
        <translation>„%1“ einfrieren</translation>
    </message>
</context>
<context>
    <name>accord::MetricDefinition</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Amber threshold</source>
        <translation>Gelb-Schwelle</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>Verantwortliches Team</translation>
    </message>
</context>
<context>
    <name>accord::MetricDefinitionForm</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Amber below</source>
        <translation>Gelb unter</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>Verantwortliches Team</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Niemand verantwortlich</translation>
    </message>
    <message>
        <source>Below the target but at or above this value is amber; below it is red.</source>
        <translation>Unter dem Ziel, aber bei oder über diesem Wert ist gelb; darunter ist rot.</translation>
    </message>
    <message>
        <source>Above the target but at or below this value is amber; above it is red.</source>
        <translation>Über dem Ziel, aber bei oder unter diesem Wert ist gelb; darüber ist rot.</translation>
    </message>
</context>
<context>
    <name>accord::MetricEditor</name>
    <message>
        <source>Propose a new version…</source>
        <translation>Neue Version vorschlagen…</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Einfrieren</translation>
    </message>
    <message>
        <source>Select a metric to see and edit its definition.</source>
        <translation>Wählen Sie eine Kennzahl, um ihre Definition zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>Quellsystem</translation>
    </message>
    <message>
        <source>Funnel stages read</source>
        <translation>Gelesene Funnel-Phasen</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · Version %2</translation>
    </message>
    <message>
        <source>Definition changed %1</source>
        <translation>Definition geändert am %1</translation>
    </message>
    <message>
        <source>Numbers before and after this day were computed with different definitions.</source>
        <translation>Zahlen vor und nach diesem Tag wurden mit unterschiedlichen Definitionen berechnet.</translation>
    </message>
    <message>
        <source>Frozen: every team reads this number by this definition, so it is not edited in place. A change becomes a new version approved by a decision; the old one stays in the history.</source>
        <translation>Eingefroren: Jedes Team liest diese Zahl nach dieser Definition, daher wird sie nicht direkt bearbeitet. Eine Änderung wird zu einer neuen Version, die durch eine Entscheidung genehmigt wird; die alte bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>Draft: changes are saved as you leave each field. Freeze the definition once the teams agree on it.</source>
        <translation>Entwurf: Änderungen werden gespeichert, sobald Sie ein Feld verlassen. Frieren Sie die Definition ein, sobald die Teams sich einig sind.</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Manuell erfasst</translation>
    </message>
    <message>
        <source>Computed from imported records</source>
        <translation>Aus importierten Datensätzen berechnet</translation>
    </message>
</context>
<context>
    <name>accord::MetricListModel</name>
    <message>
        <source>By hand</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Definition changed %1</source>
        <translation>Definition geändert am %1</translation>
    </message>
    <message>
        <source>Frozen: the definition changes only through a new version approved by a decision.</source>
        <translation>Eingefroren: Die Definition ändert sich nur durch eine neue Version, die durch eine Entscheidung genehmigt wird.</translation>
    </message>
    <message>
        <source>Draft: the definition can still be edited in place.</source>
        <translation>Entwurf: Die Definition kann noch direkt bearbeitet werden.</translation>
    </message>
    <message>
        <source>The definition changed this month: numbers before and after %1 were computed differently.</source>
        <translation>Die Definition hat sich diesen Monat geändert: Zahlen vor und nach dem %1 wurden unterschiedlich berechnet.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Diesen Monat</translation>
    </message>
</context>
<context>
    <name>accord::Migrations</name>
    <message>
        <source>There is no migration to format %1.</source>
        <translation>Es gibt keine Migration zu Format %1.</translation>
    </message>
</context>
<context>
    <name>accord::NpsAnswerModel</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Befragte Person</translation>
    </message>
    <message>
        <source>What to do better</source>
        <translation>Was wir besser machen sollten</translation>
    </message>
    <message>
        <source>What we do well</source>
        <translation>Was wir gut machen</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
</context>
<context>
    <name>accord::NpsPeriodModel</name>
    <message>
        <source>no answers</source>
        <translation>keine Antworten</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotoren</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passive</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detraktoren</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
</context>
<context>
    <name>accord::NpsView</name>
    <message>
        <source>Record answer</source>
        <translation>Antwort erfassen</translation>
    </message>
    <message>
        <source>Copy for follow-up</source>
        <translation>Für Nachverfolgung kopieren</translation>
    </message>
    <message>
        <source>2026-05</source>
        <translation>2026-05</translation>
    </message>
    <message>
        <source>Record a customer&apos;s answers</source>
        <translation>Antworten eines Kunden erfassen</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Befragte Person</translation>
    </message>
    <message>
        <source>How likely to recommend us (0–10)</source>
        <translation>Wahrscheinlichkeit der Weiterempfehlung (0–10)</translation>
    </message>
    <message>
        <source>What should we do better?</source>
        <translation>Was sollten wir besser machen?</translation>
    </message>
    <message>
        <source>What do we do well?</source>
        <translation>Was machen wir gut?</translation>
    </message>
    <message>
        <source>NPS per month</source>
        <translation>NPS pro Monat</translation>
    </message>
    <message>
        <source>Detractors to follow up</source>
        <translation>Nachzuverfolgende Detraktoren</translation>
    </message>
    <message>
        <source>Detractors to follow up, %1</source>
        <translation>Nachzuverfolgende Detraktoren, %1</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4</source>
        <translation>%1	%2	%3	%4</translation>
    </message>
</context>
<context>
    <name>accord::OperatingModelView</name>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Two-way SLA</source>
        <translation>Zweiseitiges SLA</translation>
    </message>
    <message>
        <source>Reject / recycle reasons</source>
        <translation>Gründe für Ablehnung / Recycling</translation>
    </message>
    <message>
        <source>Alignment areas</source>
        <translation>Abstimmungsbereiche</translation>
    </message>
    <message>
        <source>Operating model</source>
        <translation>Betriebsmodell</translation>
    </message>
</context>
<context>
    <name>accord::OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>accord::PersonModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Move “%1” to another team</source>
        <translation>„%1“ in ein anderes Team verschieben</translation>
    </message>
    <message>
        <source>Change the role of “%1”</source>
        <translation>Rolle von „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the e-mail of “%1”</source>
        <translation>E-Mail von „%1“ ändern</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Archive “%1”</source>
        <translation>„%1“ archivieren</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>„%1“ wiederherstellen</translation>
    </message>
</context>
<context>
    <name>accord::PresentationPage</name>
    <message>
        <source>%1 of %2 · Page Down continues</source>
        <translation>%1 von %2 · weiter mit Bild ab</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>accord::PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
</context>
<context>
    <name>accord::ProposeVersionDialog</name>
    <message>
        <source>New version of “%1”</source>
        <translation>Neue Version von „%1“</translation>
    </message>
    <message>
        <source>What the change fixes, in one sentence</source>
        <translation>Was die Änderung behebt, in einem Satz</translation>
    </message>
    <message>
        <source>“%1” is frozen at version %2: every team reads its numbers by this definition. Write the definition as it should read from now on; it becomes version %3 and version %2 stays in the history.</source>
        <translation>„%1“ ist in Version %2 eingefroren: Jedes Team liest seine Zahlen nach dieser Definition. Schreiben Sie die Definition so, wie sie ab jetzt lauten soll; sie wird zu Version %3, und Version %2 bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>A frozen definition changes only on a decision taken for a friction case or in a review meeting. Name it, so anyone who sees the numbers move can find who agreed and why.</source>
        <translation>Eine eingefrorene Definition ändert sich nur durch eine Entscheidung zu einem Reibungsfall oder in einem Review-Meeting. Nennen Sie sie, damit alle, die die Zahlen sich verändern sehen, nachlesen können, wer zugestimmt hat und warum.</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt durch</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Create version %1</source>
        <translation>Version %1 erstellen</translation>
    </message>
    <message>
        <source>The formula is not valid yet: %1</source>
        <translation>Die Formel ist noch nicht gültig: %1</translation>
    </message>
    <message>
        <source>Nothing in the definition differs from version %1 yet.</source>
        <translation>Die Definition unterscheidet sich noch in nichts von Version %1.</translation>
    </message>
    <message>
        <source>Choose it under “Approved by”.</source>
        <translation>Wählen Sie sie unter „Genehmigt durch“.</translation>
    </message>
    <message>
        <source>Choose the decision that approved this change…</source>
        <translation>Entscheidung wählen, die diese Änderung genehmigt hat…</translation>
    </message>
    <message>
        <source>case “%1”</source>
        <translation>Fall „%1“</translation>
    </message>
    <message>
        <source>meeting “%1”</source>
        <translation>Meeting „%1“</translation>
    </message>
</context>
<context>
    <name>accord::PulseView</name>
    <message>
        <source>Record pulse</source>
        <translation>Puls erfassen</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>One thing to improve next month</source>
        <translation>Eine Sache, die im nächsten Monat besser werden soll</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>Record a pulse answer</source>
        <translation>Pulsantwort erfassen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Against our partnership goals</source>
        <translation>Gemessen an unseren Partnerschaftszielen</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>Erhoben in</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>One thing to improve</source>
        <translation>Eine Sache zum Verbessern</translation>
    </message>
    <message>
        <source>Cross-team activity goals</source>
        <translation>Teamübergreifende Aktivitätsziele</translation>
    </message>
    <message>
        <source>Pulse per team</source>
        <translation>Puls pro Team</translation>
    </message>
    <message>
        <source>Who answered…</source>
        <translation>Wer hat geantwortet…</translation>
    </message>
    <message>
        <source>No meeting: the month&apos;s pulse</source>
        <translation>Kein Meeting: der Puls des Monats</translation>
    </message>
</context>
<context>
    <name>accord::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>accord::RejectReasonModel</name>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>When Sales picks it</source>
        <translation>Wenn Sales ihn wählt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Offer reason “%1” again</source>
        <translation>Grund „%1“ wieder anbieten</translation>
    </message>
    <message>
        <source>Stop offering reason “%1”</source>
        <translation>Grund „%1“ nicht mehr anbieten</translation>
    </message>
    <message>
        <source>Rename reason “%1” to “%2”</source>
        <translation>Grund „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Describe reason “%1”</source>
        <translation>Grund „%1“ beschreiben</translation>
    </message>
    <message>
        <source>Reason “%1” leads to %2</source>
        <translation>Aktion für Grund „%1“: %2</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>Neuer Grund</translation>
    </message>
    <message>
        <source>Add a reject reason</source>
        <translation>Ablehnungsgrund hinzufügen</translation>
    </message>
    <message>
        <source>Remove reason “%1”</source>
        <translation>Grund „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>accord::RejectReasonRules</name>
    <message numerus="yes">
        <source>%n active reject reasons: long lists stop being used. Keep %1 to %2 by merging or retiring some.</source>
        <translation>
            <numerusform>%n aktiver Ablehnungsgrund: Lange Listen werden nicht mehr genutzt. Behalten Sie %1 bis %2, indem Sie einige zusammenlegen oder stilllegen.</numerusform>
            <numerusform>%n aktive Ablehnungsgründe: Lange Listen werden nicht mehr genutzt. Behalten Sie %1 bis %2, indem Sie einige zusammenlegen oder stilllegen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n active reject reason(s): leads that need different treatment end up under the same reason. Keep %1 to %2.</source>
        <translation>
            <numerusform>Nur %n aktiver Ablehnungsgrund: Leads, die unterschiedlich behandelt werden müssen, landen unter demselben Grund. Behalten Sie %1 bis %2.</numerusform>
            <numerusform>Nur %n aktive Ablehnungsgründe: Leads, die unterschiedlich behandelt werden müssen, landen unter demselben Grund. Behalten Sie %1 bis %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>An active reject reason has no name.</source>
        <translation>Ein aktiver Ablehnungsgrund hat keinen Namen.</translation>
    </message>
    <message>
        <source>“%1” needs an action: nurture, enrich, reroute or suppress.</source>
        <translation>„%1“ braucht eine Aktion: Nurturing, Anreichern, Neu zuweisen oder Unterdrücken.</translation>
    </message>
</context>
<context>
    <name>accord::RejectReasonsPanel</name>
    <message>
        <source>Add reason</source>
        <translation>Grund hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Every rejected or recycled lead gets one reason, and every reason one action. Keep %1 to %2 offered: Sales uses a short list and skips a long one.</source>
        <translation>Jeder abgelehnte oder recycelte Lead bekommt einen Grund, und jeder Grund eine Aktion. Bieten Sie %1 bis %2 an: Sales nutzt eine kurze Liste und übergeht eine lange.</translation>
    </message>
</context>
<context>
    <name>accord::ReportActions</name>
    <message>
        <source>Export Decision Summary as &amp;PDF…</source>
        <translation>Entscheidungsvorlage als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Workshop Pack as PDF…</source>
        <translation>&amp;Workshop-Mappe als PDF exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print Decision Summary…</source>
        <translation>Entscheidungsvorlage &amp;drucken…</translation>
    </message>
    <message>
        <source>Print Wor&amp;kshop Pack…</source>
        <translation>Wor&amp;kshop-Mappe drucken…</translation>
    </message>
    <message>
        <source>Could not make the report: %1</source>
        <translation>Der Bericht konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>accord::Repository</name>
    <message>
        <source>“%1” is not a condition on %2.</source>
        <translation>„%1“ ist keine Bedingung für %2.</translation>
    </message>
    <message>
        <source>There is no record %1 in %2 any more.</source>
        <translation>In %2 gibt es keinen Datensatz %1 mehr.</translation>
    </message>
</context>
<context>
    <name>accord::RequirementsPanel</name>
    <message>
        <source>What %1 still needs</source>
        <translation>Noch nötig für %1</translation>
    </message>
    <message>
        <source>✓  Everything this step requires is recorded.</source>
        <translation>✓  Alles, was dieser Schritt verlangt, ist erfasst.</translation>
    </message>
    <message>
        <source>○  %1 (recommended)</source>
        <translation>○  %1 (empfohlen)</translation>
    </message>
</context>
<context>
    <name>accord::ResolvePage</name>
    <message>
        <source>Change the system, not the people: each action changes a handoff, an SLA, routing, a dashboard, a definition or another part of the operating model, and has one owner and a due date.</source>
        <translation>Ändern Sie das System, nicht die Menschen: Jede Maßnahme ändert eine Übergabe, ein SLA, das Routing, ein Dashboard, eine Definition oder einen anderen Teil des Betriebsmodells und hat eine verantwortliche Person und ein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Noch niemand verantwortlich</translation>
    </message>
    <message>
        <source>Remove an action</source>
        <translation>Maßnahme entfernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions overdue: %1.&lt;/b&gt; Agree a new date or an owner who can deliver.</source>
        <translation>&lt;b&gt;Überfällige Maßnahmen: %1.&lt;/b&gt; Vereinbaren Sie ein neues Datum oder eine verantwortliche Person, die liefern kann.</translation>
    </message>
</context>
<context>
    <name>accord::ReviewsView</name>
    <message>
        <source>Add rhythm</source>
        <translation>Rhythmus hinzufügen</translation>
    </message>
    <message>
        <source>Create next meeting</source>
        <translation>Nächstes Meeting anlegen</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Rhythm settings</source>
        <translation>Rhythmus-Einstellungen</translation>
    </message>
    <message>
        <source>Operating rhythms</source>
        <translation>Betriebsrhythmen</translation>
    </message>
    <message>
        <source>Minutes written to “%1”.</source>
        <translation>Protokoll nach „%1“ geschrieben.</translation>
    </message>
    <message>
        <source>The agenda could not be built: %1</source>
        <translation>Die Agenda konnte nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Created “%1” with %n agenda item(s).</source>
        <translation>
            <numerusform>„%1“ mit %n Agendapunkt angelegt.</numerusform>
            <numerusform>„%1“ mit %n Agendapunkten angelegt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::RhythmEditor</name>
    <message>
        <source>One item a line</source>
        <translation>Ein Punkt pro Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Takt</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Vorsitz</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Standing agenda</source>
        <translation>Feste Agenda</translation>
    </message>
    <message>
        <source>Rename the rhythm</source>
        <translation>Rhythmus umbenennen</translation>
    </message>
    <message>
        <source>Change the cadence</source>
        <translation>Takt ändern</translation>
    </message>
    <message>
        <source>Change the chair</source>
        <translation>Vorsitz ändern</translation>
    </message>
    <message>
        <source>Change the attendees</source>
        <translation>Teilnehmende ändern</translation>
    </message>
    <message>
        <source>Change the standing agenda</source>
        <translation>Feste Agenda ändern</translation>
    </message>
    <message>
        <source>No chair</source>
        <translation>Kein Vorsitz</translation>
    </message>
    <message>
        <source>%1 of “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
</context>
<context>
    <name>accord::RhythmModel</name>
    <message>
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Takt</translation>
    </message>
    <message>
        <source>New rhythm</source>
        <translation>Neuer Rhythmus</translation>
    </message>
    <message>
        <source>Add an operating rhythm</source>
        <translation>Betriebsrhythmus hinzufügen</translation>
    </message>
</context>
<context>
    <name>accord::RootCauseModel</name>
    <message>
        <source>Choose a category</source>
        <translation>Kategorie wählen</translation>
    </message>
    <message>
        <source>Evidence needed: what shows this is a cause?</source>
        <translation>Beleg nötig: Was zeigt, dass dies eine Ursache ist?</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Change a root cause</source>
        <translation>Ursache ändern</translation>
    </message>
    <message>
        <source>Edit the evidence of a root cause</source>
        <translation>Belege einer Ursache bearbeiten</translation>
    </message>
</context>
<context>
    <name>accord::Scorecard</name>
    <message>
        <source>The formula of “%1” cannot be read: %2</source>
        <translation>Die Formel von „%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>accord::ScorecardModel</name>
    <message>
        <source>%1 Δ</source>
        <translation>%1 Δ</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2: %3 (%4), from %n record(s). Click to see how it was made.</source>
        <translation>
            <numerusform>%1 in %2: %3 (%4), aus %n Datensatz. Klicken Sie, um zu sehen, wie der Wert entstand.</numerusform>
            <numerusform>%1 in %2: %3 (%4), aus %n Datensätzen. Klicken Sie, um zu sehen, wie der Wert entstand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Δ The definition of this metric changed in this period.</source>
        <translation>Δ Die Definition dieser Kennzahl hat sich in dieser Periode geändert.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1
to date</source>
        <translation>%1
bisher</translation>
    </message>
</context>
<context>
    <name>accord::ScorecardSummaryModel</name>
    <message>
        <source>On target</source>
        <translation>Im Ziel</translation>
    </message>
    <message>
        <source>Near target</source>
        <translation>Knapp</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
</context>
<context>
    <name>accord::ScorecardView</name>
    <message>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Nach Quartal</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>Gesamtes Unternehmen</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Nach Quelle</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>Nach Segment</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>Nach Verantwortlichen</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>Nach Team</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>Click a number to see how it was made · Δ the definition changed in that period</source>
        <translation>Klick auf eine Zahl zeigt ihre Herkunft · Δ Definition geändert</translation>
    </message>
    <message>
        <source>The scorecard could not be computed: %1</source>
        <translation>Die Scorecard konnte nicht berechnet werden: %1</translation>
    </message>
</context>
<context>
    <name>accord::SlaEditor</name>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Required fields, one per line</source>
        <translation>Pflichtfelder, eines pro Zeile</translation>
    </message>
    <message>
        <source>Suppression rules: leads that never reach Sales</source>
        <translation>Ausschlussregeln: Leads, die Sales nie erreichen</translation>
    </message>
    <message>
        <source>First touch within</source>
        <translation>Erstkontakt innerhalb von</translation>
    </message>
    <message>
        <source>Accept or reject within</source>
        <translation>Annehmen oder ablehnen innerhalb von</translation>
    </message>
    <message>
        <source>On breach, escalate to</source>
        <translation>Bei Verletzung eskalieren an</translation>
    </message>
    <message>
        <source>Escalate after</source>
        <translation>Eskalieren nach</translation>
    </message>
    <message>
        <source>another team</source>
        <translation>ein anderes Team</translation>
    </message>
    <message>
        <source>%1 commits to %2</source>
        <translation>%1 verpflichtet sich gegenüber %2</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>„%1“ ändern</translation>
    </message>
</context>
<context>
    <name>accord::SlaPanel</name>
    <message>
        <source>Both sides commit: Marketing sends only leads that meet the standard, Sales works every one of them in time. A breach goes to a named person.</source>
        <translation>Beide Seiten verpflichten sich: Marketing schickt nur Leads, die den Standard erfüllen, Sales bearbeitet jeden davon rechtzeitig. Eine Verletzung geht an eine benannte Person.</translation>
    </message>
</context>
<context>
    <name>accord::SlaRules</name>
    <message>
        <source>The lead standard names no required fields, so Sales cannot tell a complete lead from an incomplete one.</source>
        <translation>Der Lead-Standard nennt keine Pflichtfelder, daher kann Sales einen vollständigen Lead nicht von einem unvollständigen unterscheiden.</translation>
    </message>
    <message>
        <source>The lead standard has no suppression rules: every lead reaches Sales, including customers, competitors and duplicates.</source>
        <translation>Der Lead-Standard hat keine Ausschlussregeln: Jeder Lead erreicht Sales, auch Kunden, Wettbewerber und Duplikate.</translation>
    </message>
    <message>
        <source>“%1” needs a target of more than 0 hours.</source>
        <translation>„%1“ braucht ein Ziel von mehr als 0 Stunden.</translation>
    </message>
    <message>
        <source>“%1” escalates after %2 hours, before its %3-hour target is even missed.</source>
        <translation>„%1“ eskaliert nach %2 Stunden, noch bevor sein Ziel von %3 Stunden überhaupt verfehlt ist.</translation>
    </message>
    <message>
        <source>“%1” escalates to no one: name the person who hears of a breach.</source>
        <translation>„%1“ eskaliert an niemanden: Benennen Sie die Person, die von einer Verletzung erfährt.</translation>
    </message>
</context>
<context>
    <name>accord::SqlQuery</name>
    <message>
        <source>The statement “%1” failed: %2</source>
        <translation>Die Anweisung „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The statement “%1” returned no row.</source>
        <translation>Die Anweisung „%1“ hat keine Zeile geliefert.</translation>
    </message>
</context>
<context>
    <name>accord::StageGate</name>
    <message>
        <source>Give the case a short title.</source>
        <translation>Geben Sie dem Fall einen kurzen Titel.</translation>
    </message>
    <message>
        <source>Choose the friction type (or start from a conflict pattern).</source>
        <translation>Wählen Sie die Reibungsart (oder starten Sie von einem Konfliktmuster).</translation>
    </message>
    <message>
        <source>Name at least two teams involved.</source>
        <translation>Nennen Sie mindestens zwei beteiligte Teams.</translation>
    </message>
    <message>
        <source>Pick the impacted metric from the dictionary.</source>
        <translation>Wählen Sie die betroffene Kennzahl aus dem Lexikon.</translation>
    </message>
    <message>
        <source>Rate the severity from 1 (low) to 4 (critical).</source>
        <translation>Bewerten Sie den Schweregrad von 1 (niedrig) bis 4 (kritisch).</translation>
    </message>
    <message>
        <source>Describe what the friction looks like day to day.</source>
        <translation>Beschreiben Sie, wie sich die Reibung im Alltag zeigt.</translation>
    </message>
    <message>
        <source>Say which decision the friction is blocking.</source>
        <translation>Sagen Sie, welche Entscheidung die Reibung blockiert.</translation>
    </message>
    <message>
        <source>Say at which funnel stage the friction bites.</source>
        <translation>Sagen Sie, in welcher Funnel-Phase die Reibung greift.</translation>
    </message>
    <message>
        <source>Estimate the revenue at risk.</source>
        <translation>Schätzen Sie den gefährdeten Umsatz.</translation>
    </message>
    <message>
        <source>Name at least one root cause from the taxonomy.</source>
        <translation>Nennen Sie mindestens eine Ursache aus der Taxonomie.</translation>
    </message>
    <message>
        <source>Give evidence for every root cause.</source>
        <translation>Belegen Sie jede Ursache.</translation>
    </message>
    <message>
        <source>Choose the shared outcome the fix will be judged by.</source>
        <translation>Wählen Sie das gemeinsame Ergebnis, an dem die Lösung gemessen wird.</translation>
    </message>
    <message>
        <source>Pick the KPI from the dictionary.</source>
        <translation>Wählen Sie den KPI aus dem Lexikon.</translation>
    </message>
    <message>
        <source>Record the KPI&apos;s baseline.</source>
        <translation>Erfassen Sie den Ausgangswert des KPI.</translation>
    </message>
    <message>
        <source>Agree the KPI&apos;s target.</source>
        <translation>Vereinbaren Sie den Zielwert des KPI.</translation>
    </message>
    <message>
        <source>Set the date by which the target should be reached.</source>
        <translation>Legen Sie fest, bis wann das Ziel erreicht sein soll.</translation>
    </message>
    <message>
        <source>Name exactly one accountable decision owner.</source>
        <translation>Benennen Sie genau eine verantwortliche Person für die Entscheidung.</translation>
    </message>
    <message>
        <source>Write down the decision criteria.</source>
        <translation>Halten Sie die Entscheidungskriterien fest.</translation>
    </message>
    <message>
        <source>Set the escalation path: to whom, after how many days without a decision.</source>
        <translation>Legen Sie den Eskalationspfad fest: an wen, nach wie vielen Tagen ohne Entscheidung.</translation>
    </message>
    <message>
        <source>Record the decision itself.</source>
        <translation>Erfassen Sie die Entscheidung selbst.</translation>
    </message>
    <message>
        <source>Record the date of the decision.</source>
        <translation>Erfassen Sie das Datum der Entscheidung.</translation>
    </message>
    <message>
        <source>Name the contributors to the decision.</source>
        <translation>Nennen Sie die Beteiligten an der Entscheidung.</translation>
    </message>
    <message>
        <source>Add at least one action that changes the operating model.</source>
        <translation>Fügen Sie mindestens eine Maßnahme hinzu, die das Betriebsmodell ändert.</translation>
    </message>
    <message>
        <source>Give every action an owner and a due date.</source>
        <translation>Geben Sie jeder Maßnahme eine verantwortliche Person und ein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Choose the operating rhythm that will inspect the case.</source>
        <translation>Wählen Sie den Betriebsrhythmus, der den Fall prüft.</translation>
    </message>
    <message>
        <source>Set the date of the next review.</source>
        <translation>Legen Sie das Datum des nächsten Reviews fest.</translation>
    </message>
    <message>
        <source>Say what worked.</source>
        <translation>Sagen Sie, was funktioniert hat.</translation>
    </message>
    <message>
        <source>Say what did not work or came back.</source>
        <translation>Sagen Sie, was nicht funktioniert hat oder wiederkam.</translation>
    </message>
    <message>
        <source>Give the evidence: win-loss, customer feedback or metric movement.</source>
        <translation>Nennen Sie die Belege: Win-Loss, Kundenfeedback oder Kennzahlenbewegung.</translation>
    </message>
    <message>
        <source>Describe how the KPI moved against its baseline.</source>
        <translation>Beschreiben Sie, wie sich der KPI gegenüber seinem Ausgangswert bewegt hat.</translation>
    </message>
</context>
<context>
    <name>accord::StartPage</name>
    <message>
        <source>Welcome to Accord</source>
        <translation>Willkommen bei Accord</translation>
    </message>
    <message>
        <source>Turn friction between go-to-market teams into decisions. A workspace is one file that holds your teams, cases, metrics and reviews.</source>
        <translation>Machen Sie aus Reibung zwischen Go-to-Market-Teams Entscheidungen. Ein Arbeitsbereich ist eine Datei mit Ihren Teams, Fällen, Kennzahlen und Reviews.</translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation>Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Workspaces you open appear here.</source>
        <translation>Arbeitsbereiche, die Sie öffnen, erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>accord::StepBar</name>
    <message>
        <source>Look at %1 (Alt+%2)</source>
        <translation>%1 ansehen (Alt+%2)</translation>
    </message>
    <message>
        <source>✓ Complete</source>
        <translation>✓ Vollständig</translation>
    </message>
    <message>
        <source>Here · gaps: %1</source>
        <translation>Hier · Lücken: %1</translation>
    </message>
    <message>
        <source>Here · ready to close</source>
        <translation>Hier · abschließbar</translation>
    </message>
    <message>
        <source>Here · ready to move on</source>
        <translation>Hier · weiter möglich</translation>
    </message>
    <message>
        <source>Gaps: %1</source>
        <translation>Lücken: %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>accord::Subcommands</name>
    <message>
        <source>Output format: %1.</source>
        <translation>Ausgabeformat: %1.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use %2.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Fill the new workspace with a fictional company&apos;s cases and data.</source>
        <translation>Den neuen Arbeitsbereich mit Fällen und Daten einer fiktiven Firma füllen.</translation>
    </message>
    <message>
        <source>Include archived cases.</source>
        <translation>Archivierte Fälle einbeziehen.</translation>
    </message>
    <message>
        <source>Created the workspace “%1”.</source>
        <translation>Arbeitsbereich „%1“ erstellt.</translation>
    </message>
    <message>
        <source>“%1” is a healthy Accord workspace (format %2).</source>
        <translation>„%1“ ist ein intakter Accord-Arbeitsbereich (Format %2).</translation>
    </message>
    <message>
        <source>It will be upgraded to format %1 (after a backup copy) when it is next opened for editing.</source>
        <translation>Er wird beim nächsten Öffnen zum Bearbeiten auf Format %1 aktualisiert (nach einer Sicherungskopie).</translation>
    </message>
    <message>
        <source>It can only be opened read-only: %1</source>
        <translation>Er kann nur schreibgeschützt geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Create a new workspace file.</source>
        <translation>Eine neue Arbeitsbereichsdatei anlegen.</translation>
    </message>
    <message>
        <source>Check a workspace without changing it; exit code 0 when it is healthy.</source>
        <translation>Einen Arbeitsbereich prüfen, ohne ihn zu ändern; Exit-Code 0, wenn er intakt ist.</translation>
    </message>
    <message>
        <source>Print one record per friction case.</source>
        <translation>Einen Datensatz pro Reibungsfall ausgeben.</translation>
    </message>
    <message>
        <source>Print the catalogue: teams, friction types, patterns, dictionary, funnel and more.</source>
        <translation>Den Katalog ausgeben: Teams, Reibungsarten, Muster, Lexikon, Funnel und mehr.</translation>
    </message>
    <message>
        <source>Print the metric dictionary as a glossary to publish: definitions, owners, versions.</source>
        <translation>Das Kennzahlen-Lexikon als Glossar zum Veröffentlichen ausgeben: Definitionen, Verantwortliche, Versionen.</translation>
    </message>
    <message>
        <source>Commands that need no display:</source>
        <translation>Befehle, die keine Anzeige brauchen:</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Usage: accord %1</source>
        <translation>Aufruf: accord %1</translation>
    </message>
    <message>
        <source>Periods: month or quarter.</source>
        <translation>Perioden: month oder quarter.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Break the computed metrics down by source, segment, owner or team.</source>
        <translation>Die berechneten Kennzahlen aufschlüsseln nach source, segment, owner oder team.</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD); default: six months before this month.</source>
        <translation>Erster Tag (JJJJ-MM-TT); Standard: sechs Monate vor diesem Monat.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD); default: today.</source>
        <translation>Letzter Tag (JJJJ-MM-TT); Standard: heute.</translation>
    </message>
    <message>
        <source>Unknown value “%1” for --%2; use %3.</source>
        <translation>Unbekannter Wert „%1“ für --%2; verwenden Sie %3.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>A mapping saved in the workspace, a preset (hubspot, salesforce) or a mapping JSON file.</source>
        <translation>Eine im Arbeitsbereich gespeicherte Zuordnung, eine Vorlage (hubspot, salesforce) oder eine JSON-Zuordnungsdatei.</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Read and check every row; write nothing.</source>
        <translation>Jede Zeile lesen und prüfen; nichts schreiben.</translation>
    </message>
    <message>
        <source>Import the rows that can be read even when others cannot.</source>
        <translation>Die lesbaren Zeilen importieren, auch wenn andere nicht lesbar sind.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” has no header line.</source>
        <translation>„%1“ hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>checked, nothing written</source>
        <translation>geprüft, nichts geschrieben</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (%2): %3. Rows read %4, imported %5, updated %6, rejected %7.</source>
        <translation>%1 (%2): %3. Zeilen gelesen %4, importiert %5, aktualisiert %6, abgelehnt %7.</translation>
    </message>
    <message>
        <source>line %1, column “%2”: %3</source>
        <translation>Zeile %1, Spalte „%2“: %3</translation>
    </message>
    <message>
        <source>Usage: accord import FILE CSV… [--mapping NAME|MAPPING.json] [--dry-run]</source>
        <translation>Aufruf: accord import DATEI CSV… [--mapping NAME|MAPPING.json] [--dry-run]</translation>
    </message>
    <message>
        <source>Cannot import into “%1”: %2</source>
        <translation>Import in „%1“ nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>Die zu schreibende PNG-Datei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Image size in pixels, e.g. 1920x1080.</source>
        <translation>Bildgröße in Pixeln, z. B. 1920x1080.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>heatmap, types or patterns.</source>
        <translation>heatmap, types oder patterns.</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Name the image to write with --out OUT.png.</source>
        <translation>Geben Sie das zu schreibende Bild mit --out OUT.png an.</translation>
    </message>
    <message>
        <source>“%1” is not a size between 320x240 and 7680x4320.</source>
        <translation>„%1“ ist keine Größe zwischen 320x240 und 7680x4320.</translation>
    </message>
    <message>
        <source>Unknown view “%1”; use heatmap, types or patterns.</source>
        <translation>Unbekannte Ansicht „%1“; verwenden Sie heatmap, types oder patterns.</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>„%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The case to summarise.</source>
        <translation>Der Fall für die Vorlage.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Export a workshop pack; by default of every open case.</source>
        <translation>Eine Workshop-Mappe exportieren; standardmäßig mit jedem offenen Fall.</translation>
    </message>
    <message>
        <source>The pack&apos;s cases, in order: ID,ID,…</source>
        <translation>Die Fälle der Mappe, in Reihenfolge: ID,ID,…</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>IDs</translation>
    </message>
    <message>
        <source>The pack&apos;s cases: the open ones at this step (surface … learn).</source>
        <translation>Die Fälle der Mappe: die offenen in diesem Schritt (surface … learn).</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>a4 or letter; default: the one set in Accord, else your country&apos;s.</source>
        <translation>a4 oder letter; Standard: die in Accord eingestellte, sonst die Ihres Landes.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>“%1” is not a case id; case ids are whole numbers, as `accord cases` lists them.</source>
        <translation>„%1“ ist keine Fall-ID; Fall-IDs sind ganze Zahlen, wie `accord cases` sie auflistet.</translation>
    </message>
    <message>
        <source>There is no case %1 in “%2”; `accord cases` lists them.</source>
        <translation>In „%2“ gibt es keinen Fall %1; `accord cases` listet sie auf.</translation>
    </message>
    <message>
        <source>Name at least one case with --cases ID,ID…</source>
        <translation>Geben Sie mit --cases ID,ID… mindestens einen Fall an.</translation>
    </message>
    <message>
        <source>Unknown step “%1”; use %2.</source>
        <translation>Unbekannter Schritt „%1“; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Name the PDF to write with --out OUT.pdf.</source>
        <translation>Geben Sie die zu schreibende PDF-Datei mit --out OUT.pdf an.</translation>
    </message>
    <message>
        <source>Say what to export: --case ID, or --pack [--cases ID,ID…|--stage STEP].</source>
        <translation>Geben Sie an, was exportiert werden soll: --case ID oder --pack [--cases ID,ID…|--stage SCHRITT].</translation>
    </message>
    <message>
        <source>--cases and --stage choose the cases of a --pack.</source>
        <translation>--cases und --stage wählen die Fälle für --pack.</translation>
    </message>
    <message>
        <source>Choose the pack&apos;s cases with --cases or with --stage, not both.</source>
        <translation>Wählen Sie die Fälle der Mappe mit --cases oder mit --stage, nicht mit beiden.</translation>
    </message>
    <message>
        <source>Unknown page size “%1”; use a4 or letter.</source>
        <translation>Unbekanntes Seitenformat „%1“; verwenden Sie a4 oder letter.</translation>
    </message>
    <message>
        <source>Print the shared scorecard computed from the dictionary&apos;s definitions.</source>
        <translation>Die gemeinsame Scorecard ausgeben, berechnet aus den Definitionen des Lexikons.</translation>
    </message>
    <message>
        <source>Import CRM export files (leads, opportunities) into the workspace, all or nothing per file.</source>
        <translation>CRM-Exportdateien (Leads, Opportunities) in den Arbeitsbereich importieren, pro Datei alles oder nichts.</translation>
    </message>
    <message>
        <source>The export files.</source>
        <translation>Die Exportdateien.</translation>
    </message>
    <message>
        <source>Render the friction matrix as presented, for slides.</source>
        <translation>Die Reibungsmatrix wie präsentiert rendern, für Folien.</translation>
    </message>
    <message>
        <source>Export a case&apos;s decision summary, or a workshop pack of many cases, as a PDF.</source>
        <translation>Die Entscheidungsvorlage eines Falls oder eine Workshop-Mappe mehrerer Fälle als PDF exportieren.</translation>
    </message>
    <message>
        <source>Run “accord upgrade %1” to upgrade it; a backup copy is kept.</source>
        <translation>Führen Sie „accord upgrade %1“ aus, um ihn zu aktualisieren; eine Sicherungskopie bleibt erhalten.</translation>
    </message>
    <message>
        <source>“%1” is already in format %2; nothing to upgrade.</source>
        <translation>„%1“ hat bereits Format %2; nichts zu aktualisieren.</translation>
    </message>
    <message>
        <source>Upgraded “%1” from format %2 to format %3; the file as it was is kept as “%4”.</source>
        <translation>„%1“ von Format %2 auf Format %3 aktualisiert; die bisherige Datei bleibt als „%4“ erhalten.</translation>
    </message>
    <message>
        <source>Bring a workspace saved by an older Accord to this version&apos;s format, keeping a backup.</source>
        <translation>Einen von einer älteren Accord-Version gespeicherten Arbeitsbereich auf das Format dieser Version bringen, mit Sicherungskopie.</translation>
    </message>
</context>
<context>
    <name>accord::SurfacePage</name>
    <message>
        <source>Name the friction the way the teams experience it. Starting from a conflict pattern or a friction type fills in the teams, likely root causes and KPI; everything stays editable.</source>
        <translation>Benennen Sie die Reibung so, wie die Teams sie erleben. Ein Start von einem Konfliktmuster oder einer Reibungsart füllt Teams, wahrscheinliche Ursachen und KPI vor; alles bleibt bearbeitbar.</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Ausgehend von</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>A short name everyone recognises</source>
        <translation>Ein kurzer Name, den alle wiedererkennen</translation>
    </message>
    <message>
        <source>Friction type</source>
        <translation>Reibungsart</translation>
    </message>
    <message>
        <source>Teams involved</source>
        <translation>Beteiligte Teams</translation>
    </message>
    <message>
        <source>What it looks like</source>
        <translation>Woran man es erkennt</translation>
    </message>
    <message>
        <source>Impacted metric</source>
        <translation>Betroffene Kennzahl</translation>
    </message>
    <message>
        <source>Blocked decision</source>
        <translation>Blockierte Entscheidung</translation>
    </message>
    <message>
        <source>Resolution mechanism</source>
        <translation>Lösungsmechanismus</translation>
    </message>
    <message>
        <source>Funnel stage</source>
        <translation>Funnel-Phase</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Gefährdeter Umsatz</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Gemeldet am</translation>
    </message>
    <message>
        <source>A blank case</source>
        <translation>Ein leerer Fall</translation>
    </message>
    <message>
        <source>Pattern: “%1”</source>
        <translation>Muster: „%1“</translation>
    </message>
    <message>
        <source>Friction type: %1</source>
        <translation>Reibungsart: %1</translation>
    </message>
    <message>
        <source>Choose the friction type…</source>
        <translation>Reibungsart wählen…</translation>
    </message>
    <message>
        <source>Choose a metric from the dictionary…</source>
        <translation>Kennzahl aus dem Lexikon wählen…</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>Niemand gewählt</translation>
    </message>
    <message>
        <source>Start from %1</source>
        <translation>Ausgehend von %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This friction has come back.&lt;/b&gt; The same friction between the same teams was closed on %1: &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</source>
        <translation>&lt;b&gt;Diese Reibung ist wiedergekehrt.&lt;/b&gt; Dieselbe Reibung zwischen denselben Teams wurde am %1 geschlossen: &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Decided then: %1</source>
        <translation>Damals entschieden: %1</translation>
    </message>
</context>
<context>
    <name>accord::TeamModel</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Rename team “%1” to “%2”</source>
        <translation>Team „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Change the leader of “%1”</source>
        <translation>Leitung von „%1“ ändern</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <source>New team %1</source>
        <translation>Neues Team %1</translation>
    </message>
    <message>
        <source>Add team “%1”</source>
        <translation>Team „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Archive team “%1”</source>
        <translation>Team „%1“ archivieren</translation>
    </message>
    <message>
        <source>Restore team “%1”</source>
        <translation>Team „%1“ wiederherstellen</translation>
    </message>
</context>
<context>
    <name>accord::TeamsPeopleView</name>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>Team hinzufügen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>No leader</source>
        <translation>Keine Leitung</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>Teams &amp; People</source>
        <translation>Teams &amp; Personen</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>accord::TrendChart</name>
    <message>
        <source>Select a metric to see its trend</source>
        <translation>Wählen Sie eine Kennzahl, um ihren Verlauf zu sehen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Δ definition changed in %1</source>
        <translation>Δ Definition geändert in %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Ziel %1</translation>
    </message>
</context>
<context>
    <name>accord::VersionHistoryModel</name>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>(decision deleted)</source>
        <translation>(Entscheidung gelöscht)</translation>
    </message>
    <message>
        <source>The first version needs no decision.</source>
        <translation>Die erste Version braucht keine Entscheidung.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
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
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>accord::VersionHistoryView</name>
    <message>
        <source>Version history</source>
        <translation>Versionsverlauf</translation>
    </message>
    <message>
        <source>Select a version to compare it with the one before, or two to compare them.</source>
        <translation>Wählen Sie eine Version, um sie mit der vorherigen zu vergleichen, oder zwei, um sie miteinander zu vergleichen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a version to see what it changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Version, um zu sehen, was sie geändert hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Version %1&lt;/b&gt; is the first definition; there is nothing before it to compare with.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Version %1&lt;/b&gt; ist die erste Definition; davor gibt es nichts zum Vergleichen.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version %1 → version %2</source>
        <translation>Version %1 → Version %2</translation>
    </message>
    <message>
        <source>The definition is the same in both versions.</source>
        <translation>Die Definition ist in beiden Versionen gleich.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
</context>
<context>
    <name>accord::WizardLookups</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
</context>
<context>
    <name>accord::WizardPage</name>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Schritt %1 von %2 · %3</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>accord::Workspace</name>
    <message>
        <source>unknown user</source>
        <translation>unbekannter Benutzer</translation>
    </message>
</context>
<context>
    <name>accord::WorkspaceCheck</name>
    <message>
        <source>The workspace “%1” does not exist.</source>
        <translation>Der Arbeitsbereich „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The workspace “%1” cannot be read: %2</source>
        <translation>Der Arbeitsbereich „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not an Accord workspace: it is not a SQLite database file.</source>
        <translation>„%1“ ist kein Accord-Arbeitsbereich: Es ist keine SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>The workspace “%1” cannot be opened.</source>
        <translation>Der Arbeitsbereich „%1“ kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged (truncated or corrupt) and was not changed. Restore it from a backup. Details: %2</source>
        <translation>Der Arbeitsbereich „%1“ ist beschädigt (abgeschnitten oder korrupt) und wurde nicht geändert. Stellen Sie ihn aus einer Sicherung wieder her. Details: %2</translation>
    </message>
    <message>
        <source>“%1” is a SQLite database of another application, not an Accord workspace.</source>
        <translation>„%1“ ist eine SQLite-Datenbank einer anderen Anwendung, kein Accord-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>“%1” is an empty SQLite database, not an Accord workspace.</source>
        <translation>„%1“ ist eine leere SQLite-Datenbank, kein Accord-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace “%1” was saved by a newer version of Accord (format %2; this version reads up to format %3). Update Accord to open it; the file was not changed.</source>
        <translation>Der Arbeitsbereich „%1“ wurde von einer neueren Accord-Version gespeichert (Format %2; diese Version liest bis Format %3). Aktualisieren Sie Accord, um ihn zu öffnen; die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The file is write-protected.</source>
        <translation>Die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written.</source>
        <translation>In den Ordner „%1“ kann nicht geschrieben werden.</translation>
    </message>
</context>
</TS>
