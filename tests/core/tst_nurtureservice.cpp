#include "leads/leadservice.h"
#include "leads/touchpointservice.h"
#include "nurture/nurtureservice.h"
#include "storage/database.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace lf;

namespace {

// A fixed moment in the past (touchpoints cannot be logged in the future): Monday 9:00 UTC.
const QDateTime t0(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC);
constexpr qint64 hour = 3600 * 1000;
constexpr qint64 day = 24 * hour;

QDateTime at(qint64 offsetMs)
{
    return t0.addMSecs(offsetMs);
}

SequenceStep waitStep(int days)
{
    SequenceStep step;
    step.kind = SequenceStep::Kind::Wait;
    step.waitDays = days;
    return step;
}

SequenceStep emailStep(const QString &subject, const QString &body)
{
    SequenceStep step;
    step.kind = SequenceStep::Kind::Email;
    step.subject = subject;
    step.body = body;
    return step;
}

SequenceStep callStep(const QString &text, const QString &notes = {})
{
    SequenceStep step;
    step.kind = SequenceStep::Kind::Call;
    step.subject = text;
    step.body = notes;
    return step;
}

bool isAsciiForTest(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 127)
            return false;
    }
    return true;
}

/// Decodes RFC 2047 "B" words and unfolds a header value, independently of the code under test.
QString decodeHeader(const QByteArray &value, QStringList *problems)
{
    static const QRegularExpression word(u"=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="_s);
    const QString unfolded = QString::fromLatin1(value).replace(u"\r\n "_s, u" "_s);
    if (!unfolded.contains(u"=?"_s))
        return unfolded;
    QByteArray bytes;
    auto matches = word.globalMatch(unfolded);
    while (matches.hasNext()) {
        const auto match = matches.next();
        if (match.capturedLength(0) > 75)
            *problems << u"word longer than 75: "_s + match.captured(0);
        const QByteArray chunk = QByteArray::fromBase64(match.captured(1).toLatin1());
        if (QString::fromUtf8(chunk).contains(QChar::ReplacementCharacter))
            *problems << u"word splits a character: "_s + match.captured(0);
        bytes += chunk;
    }
    return QString::fromUtf8(bytes);
}

/// Decodes quoted-printable, independently of the code under test.
QByteArray decodeQuotedPrintable(QByteArray text)
{
    text.replace("=\r\n", "");
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '=' && i + 2 < text.size()) {
            out += char(text.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

/// header name → raw value (folded lines joined by CRLF SP as in the text).
QHash<QByteArray, QByteArray> headers(const QByteArray &eml)
{
    QHash<QByteArray, QByteArray> out;
    const QByteArray head = eml.left(eml.indexOf("\r\n\r\n"));
    QByteArray name;
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        if (l.startsWith(' ')) {
            out[name] += "\r\n" + l;
            continue;
        }
        const qsizetype colon = l.indexOf(':');
        name = l.left(colon);
        out[name] = l.mid(colon + 2);
    }
    return out;
}

} // namespace

/// lf::NurtureService: sequences, enrolment by hand and by rule, advancing steps into tasks, the
/// automatic ends of enrolments, task lists, template merging and email output.
class TestNurtureService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createAndReadSequences();
    void sequenceRefusals_data();
    void sequenceRefusals();
    void sequenceJsonRoundTrip();

    void progressThroughASequence();
    void overdueStepsCatchUpFromTheirDueTimes();
    void leadWithoutOwnerGetsAnUnassignedTask();
    void exits_data();
    void exits();
    void stageChangeHookEndsEnrolments();
    void enrolByRuleOnEnteringNurturing();
    void enrolRefusals_data();
    void enrolRefusals();
    void completeTaskRefusals();
    void advanceWithNothingToDoWritesNothing();

    void merge_data();
    void merge();
    void renderEmail();
    void renderEmailRefusals_data();
    void renderEmailRefusals();
    void mailto_data();
    void mailto();
    void eml_data();
    void eml();
    void writeEml();

    void taskLists_data();
    void taskLists();
    void dueTodayFollowsTheLocalTimeZone();

private:
    Lead mustCreate(const LeadChanges &fields);
    qint64 mustSequence(const QString &name, const QList<SequenceStep> &steps,
        bool onNurturing = false, bool active = true);
    Enrolment mustEnrol(qint64 leadId, const QString &sequence, const QDateTime &when);
    AdvanceResult mustAdvance(const QDateTime &now);
    Enrolment enrolment(qint64 id);
    qint64 addUser(const QString &name, const QString &email);
    qint64 value(const QString &sql);
    void exec(const QString &sql, const QVariantList &values = {});
    /// Creates a sequence of one email step, enrols the lead at t0 and returns the email task.
    qint64 emailTask(qint64 leadId, const QString &subject, const QString &body);
    QList<qint64> openTaskIds(qint64 userId = 0);
    void logTouchpoint(qint64 leadId, const QString &type, const QDateTime &when);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LeadService> m_leads;
    std::unique_ptr<NurtureService> m_nurture;
    qint64 m_rita = 0;
    qint64 m_sam = 0;
};

void TestNurtureService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestNurtureService::init()
{
    static int counter = 0;
    auto db = Database::open(m_dir.filePath(u"nurture-%1.sqlite"_s.arg(++counter)));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    m_leads = std::make_unique<LeadService>(m_db->connection());
    m_leads->setActor(u"tester"_s);
    m_nurture = std::make_unique<NurtureService>(m_db->connection());
    m_rita = addUser(u"Rita Rep"_s, u"rita@acme.test"_s);
    m_sam = addUser(u"Sam Söderberg"_s, u"sam@acme.test"_s);
}

void TestNurtureService::cleanup()
{
    m_nurture.reset();
    m_leads.reset();
    m_db.reset();
}

Lead TestNurtureService::mustCreate(const LeadChanges &fields)
{
    auto lead = m_leads->create(fields);
    if (!lead)
        qFatal("create failed: %s", qPrintable(lead.error().toString()));
    return *lead;
}

qint64 TestNurtureService::mustSequence(
    const QString &name, const QList<SequenceStep> &steps, bool onNurturing, bool active)
{
    Sequence sequence;
    sequence.name = name;
    sequence.steps = steps;
    sequence.enrolOnNurturing = onNurturing;
    sequence.active = active;
    auto created = m_nurture->createSequence(sequence);
    if (!created)
        qFatal("createSequence failed: %s", qPrintable(created.error().toString()));
    return created->id;
}

Enrolment TestNurtureService::mustEnrol(
    qint64 leadId, const QString &sequence, const QDateTime &when)
{
    auto enrolled = m_nurture->enrol(leadId, sequence, u"tester"_s, when);
    if (!enrolled)
        qFatal("enrol failed: %s", qPrintable(enrolled.error().toString()));
    return *enrolled;
}

AdvanceResult TestNurtureService::mustAdvance(const QDateTime &now)
{
    auto result = m_nurture->advance(now);
    if (!result)
        qFatal("advance failed: %s", qPrintable(result.error().toString()));
    return *result;
}

Enrolment TestNurtureService::enrolment(qint64 id)
{
    const qint64 leadId = value(u"SELECT lead_id FROM enrolments WHERE id = %1"_s.arg(id));
    auto list = m_nurture->enrolments(leadId);
    if (!list)
        qFatal("enrolments failed");
    for (const Enrolment &e : std::as_const(*list)) {
        if (e.id == id)
            return e;
    }
    qFatal("no enrolment %lld", id);
    return {};
}

qint64 TestNurtureService::addUser(const QString &name, const QString &email)
{
    QSqlQuery query(m_db->connection());
    query.prepare(u"INSERT INTO users (name, email, created_at, updated_at) VALUES (?, ?, 0, 0)"_s);
    query.addBindValue(name);
    query.addBindValue(email);
    if (!query.exec())
        qFatal("cannot add user");
    return query.lastInsertId().toLongLong();
}

qint64 TestNurtureService::value(const QString &sql)
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

void TestNurtureService::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db->connection());
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        qFatal("exec failed: %s", qPrintable(sql));
}

qint64 TestNurtureService::emailTask(qint64 leadId, const QString &subject, const QString &body)
{
    static int counter = 0;
    const QString name = u"Mail %1"_s.arg(++counter);
    mustSequence(name, {emailStep(subject, body)});
    const Enrolment e = mustEnrol(leadId, name, t0);
    mustAdvance(t0);
    return value(u"SELECT id FROM tasks WHERE enrolment_id = %1"_s.arg(e.id));
}

QList<qint64> TestNurtureService::openTaskIds(qint64 userId)
{
    auto tasks = m_nurture->tasks(userId, NurtureService::TaskFilter::Open, at(0));
    if (!tasks)
        qFatal("tasks failed: %s", qPrintable(tasks.error().toString()));
    QList<qint64> ids;
    for (const Task &t : std::as_const(*tasks))
        ids << t.id;
    return ids;
}

void TestNurtureService::logTouchpoint(qint64 leadId, const QString &type, const QDateTime &when)
{
    Touchpoint touchpoint;
    touchpoint.leadId = leadId;
    touchpoint.type = type;
    touchpoint.at = when;
    TouchpointService service(m_db->connection());
    if (auto logged = service.log(touchpoint); !logged)
        qFatal("log failed: %s", qPrintable(logged.error().toString()));
}

// --- sequences -----------------------------------------------------------------------------------

void TestNurtureService::createAndReadSequences()
{
    Sequence sequence;
    sequence.name = u"  E-book follow-up "_s;
    sequence.description = u"After a download"_s;
    sequence.enrolOnNurturing = true;
    sequence.steps = {waitStep(3), emailStep(u"Your e-book, {{first_name}}"_s, u"Hi\r\nthere"_s),
        callStep(u"Call {{company}}"_s)};
    auto created = m_nurture->createSequence(sequence);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    QVERIFY(created->id > 0);
    QCOMPARE(created->name, u"E-book follow-up"_s);
    QCOMPARE(created->steps.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(created->steps[i].position, i + 1);
    QCOMPARE(created->steps[0].waitDays, 3);
    QCOMPARE(created->steps[1].body, u"Hi\nthere"_s);
    QVERIFY(created->enrolOnNurturing);
    QVERIFY(created->active);
    QCOMPARE(
        value(u"SELECT COUNT(*) FROM sequence_steps WHERE sequence_id = %1"_s.arg(created->id)), 3);

    mustSequence(u"another"_s, {callStep(u"Check in"_s)});
    auto byName = m_nurture->sequence(u"e-BOOK follow-up"_s);
    QVERIFY(byName);
    QCOMPARE(byName->id, created->id);
    auto byId = m_nurture->sequence(QString::number(created->id));
    QVERIFY(byId);
    QCOMPARE(byId->name, created->name);
    auto missing = m_nurture->sequence(u"Nope"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.error().message.contains(u"E-book follow-up"_s));

    auto list = m_nurture->listSequences();
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).name, u"another"_s); // by name, ignoring case
    QCOMPARE(list->at(1).steps.size(), 3);
}

void TestNurtureService::sequenceRefusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QList<SequenceStep>>("steps");
    QTest::addColumn<QString>("message");

    const QList<SequenceStep> ok {emailStep(u"Hi"_s, u"Body"_s)};
    QTest::newRow("no name") << u"  "_s << ok << u"needs a name"_s;
    QTest::newRow("digits") << u"2025"_s << ok << u"only digits"_s;
    QTest::newRow("taken, other case") << u"WELCOME"_s << ok << u"already a sequence"_s;
    QTest::newRow("no steps") << u"S"_s << QList<SequenceStep> {} << u"at least one step"_s;
    QTest::newRow("only waits") << u"S"_s << QList<SequenceStep> {waitStep(1), waitStep(2)}
                                << u"waits only"_s;
    QTest::newRow("email without subject")
        << u"S"_s << QList<SequenceStep> {emailStep(u" "_s, u"Body"_s)} << u"needs a subject"_s;
    QTest::newRow("email without body")
        << u"S"_s << QList<SequenceStep> {waitStep(1), emailStep(u"Hi"_s, u"\n"_s)}
        << u"Step 2 (email) needs a body"_s;
    QTest::newRow("call without text")
        << u"S"_s << QList<SequenceStep> {callStep(u""_s)} << u"what the call is about"_s;
    QTest::newRow("wait 0") << u"S"_s << QList<SequenceStep> {waitStep(0), callStep(u"x"_s)}
                            << u"not 0"_s;
    QTest::newRow("wait too long")
        << u"S"_s << QList<SequenceStep> {waitStep(3651), callStep(u"x"_s)} << u"not 3651"_s;
    QTest::newRow("unknown in subject")
        << u"S"_s << QList<SequenceStep> {emailStep(u"Hi {{frist_name}}"_s, u"Body"_s)}
        << u"{{frist_name}}"_s;
    QTest::newRow("unknown in body")
        << u"S"_s << QList<SequenceStep> {emailStep(u"Hi"_s, u"Dear {{ salutation | Sir }}"_s)}
        << u"{{ salutation | Sir }}"_s;
    QTest::newRow("unknown in call")
        << u"S"_s << QList<SequenceStep> {callStep(u"Call {{phone}}"_s)} << u"{{phone}}"_s;
    QTest::newRow("empty placeholder")
        << u"S"_s << QList<SequenceStep> {emailStep(u"Hi {{}}"_s, u"Body"_s)} << u"{{}}"_s;
    QTest::newRow("unclosed") << u"S"_s
                              << QList<SequenceStep> {emailStep(u"Hi"_s, u"Dear {{first_name"_s)}
                              << u"opens no placeholder"_s;
    QTest::newRow("across lines") << u"S"_s
                                  << QList<SequenceStep> {emailStep(
                                         u"Hi"_s, u"Dear {{first_\nname}}"_s)}
                                  << u"opens no placeholder"_s;
}

void TestNurtureService::sequenceRefusals()
{
    QFETCH(QString, name);
    QFETCH(QList<SequenceStep>, steps);
    QFETCH(QString, message);
    mustSequence(u"Welcome"_s, {callStep(u"Hello"_s)});
    Sequence sequence;
    sequence.name = name;
    sequence.steps = steps;
    auto created = m_nurture->createSequence(sequence);
    QVERIFY(!created);
    QCOMPARE(created.error().code, ErrorCode::Invalid);
    QVERIFY2(created.error().message.contains(message), qPrintable(created.error().message));
    QCOMPARE(value(u"SELECT COUNT(*) FROM sequences"_s), 1);
    QCOMPARE(value(u"SELECT COUNT(*) FROM sequence_steps"_s), 1);
}

void TestNurtureService::sequenceJsonRoundTrip()
{
    Sequence sequence;
    sequence.name = u"Round trip"_s;
    sequence.description = u"d"_s;
    sequence.enrolOnNurturing = true;
    sequence.active = false;
    sequence.steps = {waitStep(2), emailStep(u"S {{first_name|there}}"_s, u"B\nB"_s),
        callStep(u"C"_s, u"notes"_s)};
    const QJsonObject json = sequence.toJson();
    QCOMPARE(json.value(u"steps"_s).toArray().at(0).toObject(),
        (QJsonObject {{u"kind"_s, u"wait"_s}, {u"wait_days"_s, 2}}));
    auto back = Sequence::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->name, sequence.name);
    QCOMPARE(back->description, sequence.description);
    QCOMPARE(back->enrolOnNurturing, true);
    QCOMPARE(back->active, false);
    QCOMPARE(back->steps.size(), 3);
    QCOMPARE(back->steps[0].waitDays, 2);
    QCOMPARE(back->steps[1].subject, sequence.steps[1].subject);
    QCOMPARE(back->steps[2].body, u"notes"_s);

    auto badKind = Sequence::fromJson(
        QJsonObject {{u"steps"_s, QJsonArray {QJsonObject {{u"kind"_s, u"sms"_s}}}}});
    QVERIFY(!badKind);
    QVERIFY(badKind.error().message.contains(u"Step 1"_s));
    QVERIFY(badKind.error().message.contains(u"sms"_s));
    QVERIFY(!Sequence::fromJson(QJsonObject {{u"name"_s, u"x"_s}}));
    QVERIFY(!Sequence::fromJson(QJsonObject {
        {u"steps"_s, QJsonArray {QJsonObject {{u"kind"_s, u"wait"_s}, {u"wait_days"_s, 1.5}}}}}));
}

// --- enrolments and steps ------------------------------------------------------------------------

void TestNurtureService::progressThroughASequence()
{
    const Lead lead =
        mustCreate({{LeadField::FirstName, u"Ada"_s}, {LeadField::Email, u"ada@example.com"_s},
            {LeadField::Company, u"Analytical Engines"_s}, {LeadField::OwnerId, m_rita}});
    mustSequence(u"Welcome"_s,
        {waitStep(2), emailStep(u"Hello {{first_name}}"_s, u"Dear {{first_name}},\nregards"_s),
            waitStep(3), callStep(u"Call {{company}}"_s, u"Ask about {{first_name}}"_s)});
    const Enrolment enrolled = mustEnrol(lead.id(), u"Welcome"_s, t0);
    QCOMPARE(enrolled.status, Enrolment::Status::Active);
    QCOMPARE(enrolled.stepPosition, 1);
    QCOMPARE(enrolled.nextDueAt, t0);
    QCOMPARE(enrolled.enrolledAt, t0);
    QCOMPARE(enrolled.enrolledBy, u"tester"_s);
    QCOMPARE(enrolled.stageAtEnrolment, Stage::New);

    // Step 1, wait 2 days.
    AdvanceResult r = mustAdvance(t0);
    QCOMPARE(r.checked, 1);
    QCOMPARE(r.tasksCreated, 0);
    Enrolment e = enrolment(enrolled.id);
    QCOMPARE(e.stepPosition, 2);
    QCOMPARE(e.nextDueAt, at(2 * day));
    QVERIFY(openTaskIds().isEmpty());

    // Not due a millisecond early.
    r = mustAdvance(at(2 * day - 1));
    QCOMPARE(r.checked, 0);
    QCOMPARE(value(u"SELECT COUNT(*) FROM tasks"_s), 0);

    // Step 2, the email: a task for the owner, due when the step fell due.
    r = mustAdvance(at(2 * day + hour));
    QCOMPARE(r.tasksCreated, 1);
    auto tasks = m_nurture->tasks(m_rita, NurtureService::TaskFilter::Open, at(2 * day + hour));
    QVERIFY(tasks);
    QCOMPARE(tasks->size(), 1);
    const Task email = tasks->first();
    QCOMPARE(email.kind, Task::Kind::Email);
    QCOMPARE(email.dueAt, at(2 * day));
    QCOMPARE(email.userId, m_rita);
    QCOMPARE(email.userName, u"Rita Rep"_s);
    QCOMPARE(email.leadId, lead.id());
    QCOMPARE(email.leadName, u"Ada"_s);
    QCOMPARE(email.title, u"Hello Ada"_s);
    QCOMPARE(email.detail, u"Dear Ada,\nregards"_s);
    QCOMPARE(email.enrolmentId, enrolled.id);
    QCOMPARE(email.stepPosition, 2);
    QCOMPARE(email.sequenceName, u"Welcome"_s);

    // Waiting for the task: no second task, however often advance runs.
    r = mustAdvance(at(2 * day + 2 * hour));
    QCOMPARE(r.checked, 1);
    QCOMPARE(r.tasksCreated, 0);
    QCOMPARE(value(u"SELECT COUNT(*) FROM tasks"_s), 1);
    QCOMPARE(enrolment(enrolled.id).stepPosition, 2);

    // Done: an email touchpoint, then step 3 waits 3 days from when the email went.
    const QDateTime sent = at(2 * day + 3 * hour);
    auto done = m_nurture->completeTask(email.id, u"rita"_s, sent);
    QVERIFY2(done, qPrintable(done ? QString() : done.error().toString()));
    QCOMPARE(done->doneAt, sent);
    QCOMPARE(value(u"SELECT COUNT(*) FROM touchpoints WHERE lead_id = %1 AND type = 'email' AND "
                   "detail = 'Hello Ada' AND actor = 'rita' AND occurred_at = %2"_s.arg(lead.id())
                       .arg(sent.toMSecsSinceEpoch())),
        1);
    e = enrolment(enrolled.id);
    QCOMPARE(e.stepPosition, 4);
    QCOMPARE(e.nextDueAt, sent.addDays(3));
    QVERIFY(openTaskIds().isEmpty());

    // Step 4, the call.
    r = mustAdvance(sent.addDays(3));
    QCOMPARE(r.tasksCreated, 1);
    tasks = m_nurture->tasks(0, NurtureService::TaskFilter::Open, sent.addDays(3));
    QVERIFY(tasks);
    QCOMPARE(tasks->size(), 1);
    const Task call = tasks->first();
    QCOMPARE(call.kind, Task::Kind::Call);
    QCOMPARE(call.dueAt, sent.addDays(3));
    QCOMPARE(call.title, u"Call Analytical Engines"_s);
    QCOMPARE(call.detail, u"Ask about Ada"_s);
    QCOMPARE(call.stepPosition, 4);

    // Done: past the last step, completed; a call task logs no touchpoint.
    const QDateTime called = sent.addDays(3).addSecs(600);
    QVERIFY(m_nurture->completeTask(call.id, u"rita"_s, called));
    e = enrolment(enrolled.id);
    QCOMPARE(e.status, Enrolment::Status::Completed);
    QCOMPARE(e.endedAt, called);
    QVERIFY(!e.nextDueAt.isValid());
    QVERIFY(e.exitReason.isEmpty());
    QCOMPARE(value(u"SELECT COUNT(*) FROM touchpoints"_s), 1);
    r = mustAdvance(called.addDays(30));
    QCOMPARE(r.checked, 0);
    QCOMPARE(value(u"SELECT COUNT(*) FROM tasks"_s), 2);

    auto seq = m_nurture->sequence(u"Welcome"_s);
    QVERIFY(seq);
    QCOMPARE(seq->completedEnrolments, 1);
    QCOMPARE(seq->activeEnrolments, 0);
}

void TestNurtureService::overdueStepsCatchUpFromTheirDueTimes()
{
    const Lead lead = mustCreate({{LeadField::LastName, u"Hopper"_s}, {LeadField::OwnerId, m_sam}});
    mustSequence(
        u"Slow"_s, {waitStep(1), waitStep(2), callStep(u"Call"_s), emailStep(u"S"_s, u"B"_s)});
    const Enrolment enrolled = mustEnrol(lead.id(), u"Slow"_s, t0);
    // Nobody ran advance for ten days: the waits count from when they fell due, not from now.
    const AdvanceResult r = mustAdvance(at(10 * day));
    QCOMPARE(r.tasksCreated, 1);
    auto tasks = m_nurture->tasks(m_sam, NurtureService::TaskFilter::Overdue, at(10 * day));
    QVERIFY(tasks);
    QCOMPARE(tasks->size(), 1);
    QCOMPARE(tasks->first().dueAt, at(3 * day));
    QCOMPARE(enrolment(enrolled.id).stepPosition, 3);
    // The call done, the email follows at once (no wait between them), due when the call was done.
    QVERIFY(m_nurture->completeTask(tasks->first().id, u"sam"_s, at(10 * day + hour)));
    tasks = m_nurture->tasks(m_sam, NurtureService::TaskFilter::Open, at(10 * day + hour));
    QVERIFY(tasks);
    QCOMPARE(tasks->size(), 1);
    QCOMPARE(tasks->first().kind, Task::Kind::Email);
    QCOMPARE(tasks->first().dueAt, at(10 * day + hour));
}

void TestNurtureService::leadWithoutOwnerGetsAnUnassignedTask()
{
    const Lead lead = mustCreate({{LeadField::LastName, u"Nobody's"_s}});
    mustSequence(u"Calls"_s, {callStep(u"Call"_s)});
    mustEnrol(lead.id(), u"Calls"_s, t0);
    mustAdvance(t0);
    auto unassigned =
        m_nurture->tasks(NurtureService::Unassigned, NurtureService::TaskFilter::Open, t0);
    QVERIFY(unassigned);
    QCOMPARE(unassigned->size(), 1);
    QCOMPARE(unassigned->first().userId, 0);
    QCOMPARE(openTaskIds(m_rita), QList<qint64>());
    QCOMPARE(openTaskIds(0).size(), 1);
}

void TestNurtureService::exits_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<bool>("waitingForTask");
    QTest::addColumn<QString>("reason");

    for (bool waiting : {true, false}) {
        const char *when = waiting ? "task open" : "step due";
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::addRow("%s, %s", name, when) << QString::fromLatin1(name) << waiting;
        };
        row("stage changed behind its back") << u"stage changed to mql"_s;
        row("disqualified, seen by advance") << u"stage changed to disqualified"_s;
        row("disqualified, hook") << u"stage changed to disqualified"_s;
        row("reply") << u"replied"_s;
        row("email_reply") << u"replied"_s;
        row("meeting") << u"replied"_s;
        row("demo_request") << u"replied"_s;
        row("unsubscribe") << u"unsubscribed"_s;
        row("deleted") << u"lead deleted"_s;
        row("reply before enrolment") << QString();
        row("email_open") << QString();
        row("call") << QString();
    }
}

void TestNurtureService::exits()
{
    QFETCH(QString, how);
    QFETCH(bool, waitingForTask);
    QFETCH(QString, reason);

    const Lead lead = mustCreate({{LeadField::FirstName, u"Grace"_s},
        {LeadField::Email, u"grace@example.com"_s}, {LeadField::OwnerId, m_rita}});
    // With the task open the lead is at an email step; otherwise at a wait that falls due later.
    mustSequence(u"S"_s,
        waitingForTask ? QList<SequenceStep> {emailStep(u"Hi"_s, u"Body"_s), callStep(u"C"_s)}
                       : QList<SequenceStep> {waitStep(1), emailStep(u"Hi"_s, u"Body"_s)});
    const Enrolment enrolled = mustEnrol(lead.id(), u"S"_s, t0);
    mustAdvance(t0);
    QCOMPARE(value(u"SELECT COUNT(*) FROM tasks"_s), waitingForTask ? 1 : 0);

    if (how == u"stage changed behind its back"_s) {
        exec(u"UPDATE leads SET stage = 'mql' WHERE id = ?"_s, {lead.id()});
    } else if (how.startsWith(u"disqualified"_s)) {
        QVERIFY(m_leads->changeStage(lead.id(), Stage::Disqualified, u"Spam or fake"_s));
        if (how.endsWith(u"hook"_s))
            QVERIFY(m_nurture->onStageChanged(lead.id(), Stage::New, Stage::Disqualified));
    } else if (how == u"deleted"_s) {
        QVERIFY(m_leads->remove(lead.id()));
    } else if (how == u"reply before enrolment"_s) {
        logTouchpoint(lead.id(), u"reply"_s, at(-hour));
    } else {
        logTouchpoint(lead.id(), how, at(30 * 60 * 1000));
    }

    const QDateTime now = at(day + hour);
    const AdvanceResult r = mustAdvance(now);
    const Enrolment e = enrolment(enrolled.id);
    if (reason.isEmpty()) {
        QCOMPARE(e.status, Enrolment::Status::Active);
        QCOMPARE(r.exited, 0);
        QCOMPARE(openTaskIds().size(), 1);
        return;
    }
    QCOMPARE(e.status, Enrolment::Status::Exited);
    QCOMPARE(e.exitReason, reason);
    QVERIFY(!e.nextDueAt.isValid());
    if (!how.startsWith(u"disqualified"_s)) { // the lead service may have ended it already
        QCOMPARE(r.exited, 1);
        QCOMPARE(e.endedAt, now);
    }
    // No email is created for a lead that left, and an open one is no longer listed or doable.
    QVERIFY(openTaskIds().isEmpty());
    QCOMPARE(value(u"SELECT COUNT(*) FROM tasks"_s), waitingForTask ? 1 : 0);
    if (waitingForTask) {
        const qint64 taskId = value(u"SELECT id FROM tasks"_s);
        auto done = m_nurture->completeTask(taskId, u"rita"_s, now);
        QVERIFY(!done);
        QVERIFY2(how == u"deleted"_s || done.error().message.contains(reason),
            qPrintable(done.error().message));
        QVERIFY(!m_nurture->renderEmail(taskId));
        QCOMPARE(value(u"SELECT COUNT(*) FROM tasks WHERE done_at IS NULL"_s), 1);
    }
}

void TestNurtureService::stageChangeHookEndsEnrolments()
{
    const Lead lead = mustCreate({{LeadField::LastName, u"Liskov"_s}});
    mustSequence(u"A"_s, {waitStep(5), callStep(u"C"_s)});
    mustSequence(u"B"_s, {callStep(u"C"_s)});
    const Enrolment a = mustEnrol(lead.id(), u"A"_s, t0);
    const Enrolment b = mustEnrol(lead.id(), u"B"_s, t0);
    mustAdvance(t0); // A waits until t0 + 5 days; B has an open task
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(m_leads->changeStage(lead.id(), Stage::Contacted, {}));
    QVERIFY(m_nurture->onStageChanged(lead.id(), Stage::New, Stage::Contacted));
    for (qint64 id : {a.id, b.id}) {
        const Enrolment e = enrolment(id);
        QCOMPARE(e.status, Enrolment::Status::Exited);
        QCOMPARE(e.exitReason, u"stage changed to contacted"_s);
        QVERIFY(e.endedAt.toMSecsSinceEpoch() >= before);
    }
    QVERIFY(openTaskIds().isEmpty());
    // Ended enrolments stay ended; the lead can be enrolled again.
    QVERIFY(m_nurture->onStageChanged(lead.id(), Stage::Contacted, Stage::Mql));
    QCOMPARE(enrolment(a.id).exitReason, u"stage changed to contacted"_s);
    const Enrolment again = mustEnrol(lead.id(), u"A"_s, t0);
    QCOMPARE(again.stageAtEnrolment, Stage::Contacted);
}

void TestNurtureService::enrolByRuleOnEnteringNurturing()
{
    const qint64 rule = mustSequence(u"Rule"_s, {emailStep(u"S"_s, u"B"_s)}, true);
    const qint64 calls = mustSequence(u"Rule calls"_s, {callStep(u"C"_s)}, true);
    mustSequence(u"Manual"_s, {callStep(u"C"_s)}, false);
    mustSequence(u"Off"_s, {callStep(u"C"_s)}, true, false);

    const Lead lead = mustCreate({{LeadField::LastName, u"Knuth"_s}});
    const Enrolment manual = mustEnrol(lead.id(), u"Manual"_s, t0);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(m_leads->changeStage(lead.id(), Stage::Nurturing, u"Bad timing"_s));
    QVERIFY(m_nurture->onStageChanged(lead.id(), Stage::New, Stage::Nurturing));
    QVERIFY(m_nurture->onStageChanged(lead.id(), Stage::New, Stage::Nurturing)); // harmless twice

    auto list = m_nurture->enrolments(lead.id());
    QVERIFY(list);
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(0).id, manual.id);
    QCOMPARE(list->at(0).status, Enrolment::Status::Exited);
    QCOMPARE(list->at(0).exitReason, u"stage changed to nurturing"_s);
    QSet<qint64> ruled;
    for (const Enrolment &e : std::as_const(*list)) {
        if (e.id == manual.id)
            continue;
        ruled.insert(e.sequenceId);
        QCOMPARE(e.status, Enrolment::Status::Active);
        QCOMPARE(e.enrolledBy, u"rule"_s);
        QCOMPARE(e.stageAtEnrolment, Stage::Nurturing);
        QCOMPARE(e.stepPosition, 1);
        QVERIFY(e.enrolledAt.toMSecsSinceEpoch() >= before);
        QCOMPARE(e.nextDueAt, e.enrolledAt);
    }
    QCOMPARE(ruled, (QSet<qint64> {rule, calls}));
    // The rule's enrolments run like any other.
    const AdvanceResult r = mustAdvance(QDateTime::currentDateTimeUtc());
    QCOMPARE(r.tasksCreated, 2);

    // Leaving nurturing ends them.
    QVERIFY(m_leads->changeStage(lead.id(), Stage::Mql, {}));
    QVERIFY(m_nurture->onStageChanged(lead.id(), Stage::Nurturing, Stage::Mql));
    QCOMPARE(value(u"SELECT COUNT(*) FROM enrolments WHERE status = 'active'"_s), 0);
    QCOMPARE(
        value(u"SELECT COUNT(*) FROM enrolments WHERE exit_reason = 'stage changed to mql'"_s), 2);

    // An unsubscribed lead is not put into a sequence that sends email.
    const Lead gone = mustCreate({{LeadField::LastName, u"Gone"_s}});
    logTouchpoint(gone.id(), u"unsubscribe"_s, at(0));
    QVERIFY(m_leads->changeStage(gone.id(), Stage::Nurturing, {}));
    QVERIFY(m_nurture->onStageChanged(gone.id(), Stage::New, Stage::Nurturing));
    list = m_nurture->enrolments(gone.id());
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().sequenceId, calls);

    // Other stages enrol nobody.
    const Lead other = mustCreate({{LeadField::LastName, u"Other"_s}});
    QVERIFY(m_nurture->onStageChanged(other.id(), Stage::New, Stage::Contacted));
    QCOMPARE(value(u"SELECT COUNT(*) FROM enrolments WHERE lead_id = %1"_s.arg(other.id())), 0);
}

void TestNurtureService::enrolRefusals_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("sequence");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    const int invalid = int(ErrorCode::Invalid);
    const int notFound = int(ErrorCode::NotFound);
    QTest::newRow("unknown lead") << u"unknown"_s << u"Emails"_s << notFound << u"no lead"_s;
    QTest::newRow("deleted lead") << u"deleted"_s << u"Emails"_s << notFound << u"deleted"_s;
    QTest::newRow("won") << u"won"_s << u"Emails"_s << invalid << u"is Won"_s;
    QTest::newRow("lost") << u"lost"_s << u"Emails"_s << invalid << u"is Lost"_s;
    QTest::newRow("disqualified") << u"disqualified"_s << u"Emails"_s << invalid
                                  << u"is Disqualified"_s;
    QTest::newRow("unknown sequence") << u""_s << u"Nope"_s << notFound << u"\"Nope\""_s;
    QTest::newRow("unknown sequence id") << u""_s << u"99"_s << notFound << u"99"_s;
    QTest::newRow("switched off") << u""_s << u"Off"_s << invalid << u"switched off"_s;
    QTest::newRow("already in it")
        << u"enrolled"_s << u"emails"_s << invalid << u"already in the sequence \"Emails\""_s;
    QTest::newRow("unsubscribed") << u"unsubscribed"_s << u"Emails"_s << invalid
                                  << u"unsubscribed"_s;
}

void TestNurtureService::enrolRefusals()
{
    QFETCH(QString, setup);
    QFETCH(QString, sequence);
    QFETCH(int, code);
    QFETCH(QString, message);
    mustSequence(u"Emails"_s, {emailStep(u"S"_s, u"B"_s)});
    mustSequence(u"Calls"_s, {callStep(u"C"_s)});
    mustSequence(u"Off"_s, {callStep(u"C"_s)}, false, false);
    const Lead lead = mustCreate({{LeadField::LastName, u"Turing"_s}});
    qint64 id = lead.id();
    if (setup == u"unknown"_s)
        id = 999;
    else if (setup == u"deleted"_s)
        QVERIFY(m_leads->remove(id));
    else if (setup == u"won"_s || setup == u"lost"_s || setup == u"disqualified"_s)
        exec(u"UPDATE leads SET stage = ? WHERE id = ?"_s, {setup, id});
    else if (setup == u"enrolled"_s)
        mustEnrol(id, u"Emails"_s, t0);
    else if (setup == u"unsubscribed"_s)
        logTouchpoint(id, u"unsubscribe"_s, at(0));
    const qint64 before = value(u"SELECT COUNT(*) FROM enrolments"_s);

    auto enrolled = m_nurture->enrol(id, sequence, u"tester"_s, t0);
    QVERIFY(!enrolled);
    QCOMPARE(int(enrolled.error().code), code);
    QVERIFY2(enrolled.error().message.contains(message), qPrintable(enrolled.error().message));
    QCOMPARE(value(u"SELECT COUNT(*) FROM enrolments"_s), before);

    // The same lead can go into a sequence without email (unsubscribed) or is refused anyway.
    if (setup == u"unsubscribed"_s || setup == u"enrolled"_s)
        QVERIFY(m_nurture->enrol(id, u"Calls"_s, u"tester"_s, t0));
}

void TestNurtureService::completeTaskRefusals()
{
    const Lead lead = mustCreate({{LeadField::LastName, u"Dijkstra"_s}});
    mustSequence(u"Calls"_s, {callStep(u"C"_s), callStep(u"D"_s)});
    mustEnrol(lead.id(), u"Calls"_s, t0);
    mustAdvance(t0);
    const qint64 taskId = value(u"SELECT id FROM tasks"_s);

    auto unknown = m_nurture->completeTask(taskId + 100, u"x"_s, at(hour));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);

    QVERIFY(m_nurture->completeTask(taskId, u"x"_s, at(hour)));
    auto twice = m_nurture->completeTask(taskId, u"x"_s, at(2 * hour));
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, ErrorCode::Invalid);
    QVERIFY(twice.error().message.contains(u"already done"_s));
    QCOMPARE(value(u"SELECT done_at FROM tasks WHERE id = %1"_s.arg(taskId)),
        at(hour).toMSecsSinceEpoch());
    QCOMPARE(value(u"SELECT COUNT(*) FROM tasks"_s), 2); // the second call, not a third one
}

void TestNurtureService::advanceWithNothingToDoWritesNothing()
{
    const Lead lead = mustCreate({{LeadField::LastName, u"Hamilton"_s}});
    mustSequence(u"Calls"_s, {callStep(u"C"_s)});
    mustEnrol(lead.id(), u"Calls"_s, t0);
    mustAdvance(t0); // the task is open now

    // While another connection holds the write lock, an advance with nothing to do goes through
    // (one that tried to write would fail as busy).
    {
        auto connection = Connection::open(*m_db, u"reader"_s);
        QVERIFY(connection);
        NurtureService other((*connection)->sql());
        Transaction writing(m_db->connection());
        QVERIFY(writing.begin());
        auto idle = other.advance(at(day));
        QVERIFY2(idle, qPrintable(idle ? QString() : idle.error().toString()));
        QCOMPARE(idle->checked, 1);
    }

    // Database::open reads the header from the main file, which a fresh database in WAL mode only
    // gets at a checkpoint.
    exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    Database::Options options;
    options.readOnly = true;
    auto readOnly = Database::open(m_db->path(), options);
    QVERIFY2(readOnly, qPrintable(readOnly ? QString() : readOnly.error().toString()));
    NurtureService reader((*readOnly)->connection());
    auto idle = reader.advance(at(day));
    QVERIFY2(idle, qPrintable(idle ? QString() : idle.error().toString()));
    QCOMPARE(idle->checked, 1);
    QCOMPARE(idle->tasksCreated, 0);

    // Once there is work, it needs to write.
    const Lead other = mustCreate({{LeadField::LastName, u"Other"_s}});
    mustEnrol(other.id(), u"Calls"_s, t0);
    QVERIFY(!reader.advance(at(day)));
    QCOMPARE(mustAdvance(at(day)).tasksCreated, 1);
}

// --- templates and email -------------------------------------------------------------------------

void TestNurtureService::merge_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("missing");

    QTest::newRow("plain") << u"No placeholders."_s << u"Ada"_s << u"AE"_s << u"No placeholders."_s
                           << QStringList {};
    QTest::newRow("two") << u"Hi {{first_name}} at {{company}}!"_s << u"Ada"_s << u"AE"_s
                         << u"Hi Ada at AE!"_s << QStringList {};
    QTest::newRow("spaces and case")
        << u"Hi {{ First_Name }}"_s << u"Ada"_s << u""_s << u"Hi Ada"_s << QStringList {};
    QTest::newRow("missing") << u"Hi {{first_name}}, {{company}}"_s << u""_s << u""_s << u"Hi , "_s
                             << QStringList {u"first_name"_s, u"company"_s};
    QTest::newRow("missing twice") << u"{{company}} {{company}}"_s << u"Ada"_s << u" "_s << u" "_s
                                   << QStringList {u"company"_s};
    QTest::newRow("fallback used")
        << u"Hi {{first_name|there}},"_s << u""_s << u""_s << u"Hi there,"_s << QStringList {};
    QTest::newRow("fallback unused")
        << u"Hi {{first_name | there}},"_s << u"Ada"_s << u""_s << u"Hi Ada,"_s << QStringList {};
    QTest::newRow("unicode") << u"Grüße, {{first_name}} – {{company}} 🎉"_s << u"Zoë"_s
                             << u"東京株式会社"_s << u"Grüße, Zoë – 東京株式会社 🎉"_s
                             << QStringList {};
    QTest::newRow("values are not expanded again")
        << u"{{first_name}}"_s << u"{{company}}"_s << u"AE"_s << u"{{company}}"_s << QStringList {};
    QTest::newRow("unknown stays") << u"{{shoe_size}} {{first_name}}"_s << u"Ada"_s << u""_s
                                   << u"{{shoe_size}} Ada"_s << QStringList {};
    QTest::newRow("values trimmed")
        << u"[{{first_name}}]"_s << u"  Ada "_s << u""_s << u"[Ada]"_s << QStringList {};
}

void TestNurtureService::merge()
{
    QFETCH(QString, text);
    QFETCH(QString, firstName);
    QFETCH(QString, company);
    QFETCH(QString, expected);
    QFETCH(QStringList, missing);
    const QHash<QString, QString> values {{u"first_name"_s, firstName}, {u"company"_s, company}};
    QStringList found;
    QCOMPARE(NurtureService::merge(text, values, &found), expected);
    QCOMPARE(found, missing);
}

void TestNurtureService::renderEmail()
{
    const Lead lead = mustCreate({{LeadField::FirstName, u"Zoë"_s},
        {LeadField::LastName, u"Ångström"_s}, {LeadField::Email, u"Zoe@Example.com"_s},
        {LeadField::Title, u"Directrice"_s}, {LeadField::OwnerId, m_sam}});
    const qint64 taskId =
        emailTask(lead.id(), u"{{first_name}}, Ihr E-Book – {{company|Ihr Team}}"_s,
            u"Hallo {{first_name}} ({{title}}),\n\n{{last_name}} {{company}}.\n{{owner_name}} "
            "<{{owner_email}}> / {{sender_name}}"_s);
    auto email = m_nurture->renderEmail(taskId);
    QVERIFY2(email, qPrintable(email ? QString() : email.error().toString()));
    QCOMPARE(email->taskId, taskId);
    QCOMPARE(email->leadId, lead.id());
    QCOMPARE(email->to, u"Zoe@Example.com"_s);
    QCOMPARE(email->toName, u"Zoë Ångström"_s);
    QCOMPARE(email->from, u"sam@acme.test"_s);
    QCOMPARE(email->fromName, u"Sam Söderberg"_s);
    QCOMPARE(email->subject, u"Zoë, Ihr E-Book – Ihr Team"_s);
    QCOMPARE(email->body,
        u"Hallo Zoë (Directrice),\n\nÅngström .\nSam Söderberg <sam@acme.test> / Sam Söderberg"_s);
    QCOMPARE(email->missing, QStringList {u"company"_s});

    // Merged from the lead as it is now, not as it was when the task was made.
    auto current = m_leads->get(lead.id());
    QVERIFY(current);
    QVERIFY(m_leads->update(lead.id(), current->version(), {{LeadField::Company, u"ACME"_s}}));
    email = m_nurture->renderEmail(taskId);
    QVERIFY(email);
    QCOMPARE(email->subject, u"Zoë, Ihr E-Book – ACME"_s);
    QVERIFY(email->missing.isEmpty());

    // The sender is the task's user, even when the lead has changed hands since.
    exec(u"UPDATE leads SET owner_id = ? WHERE id = ?"_s, {m_rita, lead.id()});
    email = m_nurture->renderEmail(taskId);
    QVERIFY(email);
    QCOMPARE(email->from, u"sam@acme.test"_s);
    QVERIFY(email->body.endsWith(u"Rita Rep <rita@acme.test> / Sam Söderberg"_s));
}

void TestNurtureService::renderEmailRefusals_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("call");
    QTest::addColumn<QString>("message");
    QTest::newRow("no address") << QString() << false << u"no email address"_s;
    QTest::newRow("invalid address") << u"not-an-address"_s << false << u"not valid"_s;
    QTest::newRow("call task") << u"a@example.com"_s << true << u"not an email"_s;
}

void TestNurtureService::renderEmailRefusals()
{
    QFETCH(QString, email);
    QFETCH(bool, call);
    QFETCH(QString, message);
    LeadChanges fields {{LeadField::LastName, u"Codd"_s}};
    if (!email.isEmpty())
        fields.append({LeadField::Email, email});
    const Lead lead = mustCreate(fields);
    qint64 taskId = 0;
    if (call) {
        mustSequence(u"Calls"_s, {callStep(u"C"_s)});
        mustEnrol(lead.id(), u"Calls"_s, t0);
        mustAdvance(t0);
        taskId = value(u"SELECT id FROM tasks"_s);
    } else {
        taskId = emailTask(lead.id(), u"S"_s, u"B"_s);
    }
    auto rendered = m_nurture->renderEmail(taskId);
    QVERIFY(!rendered);
    QCOMPARE(rendered.error().code, ErrorCode::Invalid);
    QVERIFY2(rendered.error().message.contains(message), qPrintable(rendered.error().message));
    // Done another way, an email task still logs the email.
    if (!call) {
        QVERIFY(m_nurture->completeTask(taskId, u"x"_s, at(hour)));
        QCOMPARE(
            value(u"SELECT COUNT(*) FROM touchpoints WHERE type = 'email' AND detail = 'S'"_s), 1);
    }
}

void TestNurtureService::mailto_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"ada@example.com"_s << u"Hello"_s << u"Hi"_s
                           << u"mailto:ada@example.com?subject=Hello&body=Hi"_s;
    QTest::newRow("delimiters") << u"ada+news@example.com"_s << u"Q&A = fun?"_s << u"50% off #1"_s
                                << u"mailto:ada%2Bnews@example.com?subject=Q%26A%20%3D%20fun%3F"
                                   "&body=50%25%20off%20%231"_s;
    QTest::newRow("unicode")
        << u"zoe@example.com"_s << u"Zoë – 5 €"_s << u"Grüße"_s
        << u"mailto:zoe@example.com?subject=Zo%C3%AB%20%E2%80%93%205%20%E2%82%AC"
           "&body=Gr%C3%BC%C3%9Fe"_s;
    QTest::newRow("line breaks") << u"a@example.com"_s << u"S"_s << u"Line 1\nLine 2\r\nEnd"_s
                                 << u"mailto:a@example.com?subject=S&body=Line%201%0D%0ALine%202"
                                    "%0D%0AEnd"_s;
    QTest::newRow("nothing but the address")
        << u"a@example.com"_s << QString() << QString() << u"mailto:a@example.com"_s;
}

void TestNurtureService::mailto()
{
    QFETCH(QString, to);
    QFETCH(QString, subject);
    QFETCH(QString, body);
    QFETCH(QString, expected);
    RenderedEmail email;
    email.to = to;
    email.subject = subject;
    email.body = body;
    QCOMPARE(NurtureService::mailtoUrl(email), expected);
}

void TestNurtureService::eml_data()
{
    QTest::addColumn<QString>("toName");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QByteArray>("toHeader");
    QTest::addColumn<QByteArray>("bodyText"); ///< as encoded
    QTest::addColumn<QString>("decodedSubject");

    QTest::newRow("ascii") << u"Ada Lovelace"_s << u"Your e-book"_s << u"Hi Ada,\nhere it is.\n"_s
                           << QByteArray("Ada Lovelace <ada@example.com>")
                           << QByteArray("Hi Ada,\r\nhere it is.\r\n") << u"Your e-book"_s;
    const QString zoe = u"Zoë Ångström"_s;
    QTest::newRow("non-ascii") << zoe << u"Grüße aus Köln – Ihr E-Book 📘"_s << u"Grüße\n"_s
                               << QByteArray("=?UTF-8?B?" + zoe.toUtf8().toBase64()
                                      + "?= <ada@example.com>")
                               << QByteArray("Gr=C3=BC=C3=9Fe\r\n")
                               << u"Grüße aus Köln – Ihr E-Book 📘"_s;
    QTest::newRow("long non-ascii subject")
        << QString() << QString(100, QChar(0xE9)) + u"🎉"_s << u"x"_s
        << QByteArray("ada@example.com") << QByteArray("x\r\n")
        << QString(100, QChar(0xE9)) + u"🎉"_s;
    QTest::newRow("specials in name")
        << u"Lovelace, Ada \"AL\""_s << u"S"_s << u"x"_s
        << QByteArray("\"Lovelace, Ada \\\"AL\\\"\" <ada@example.com>") << QByteArray("x\r\n")
        << u"S"_s;
    QTest::newRow("header injection")
        << u"Ada\r\nBcc: evil@example.com"_s << u"Hi\r\nBcc: evil@example.com"_s << u"x"_s
        << QByteArray("\"Ada Bcc: evil@example.com\" <ada@example.com>") << QByteArray("x\r\n")
        << u"Hi Bcc: evil@example.com"_s;
    QTest::newRow("quoted-printable specials")
        << QString() << u"S"_s << u"a=b\ntrailing \nTab\tinside\n\nend"_s
        << QByteArray("ada@example.com")
        << QByteArray("a=3Db\r\ntrailing=20\r\nTab\tinside\r\n\r\nend\r\n") << u"S"_s;
    QTest::newRow("long line") << QString() << u"S"_s << QString(100, u'a')
                               << QByteArray("ada@example.com")
                               << QByteArray(75, 'a') + "=\r\n" + QByteArray(25, 'a') + "\r\n"
                               << u"S"_s;
    const QString longAscii = u"A subject that goes on and on about the e-book you downloaded "
                              "last week and what it can do for you"_s;
    QTest::newRow("long ascii subject")
        << QString() << longAscii << u"x"_s << QByteArray("ada@example.com") << QByteArray("x\r\n")
        << longAscii;
}

void TestNurtureService::eml()
{
    QFETCH(QString, toName);
    QFETCH(QString, subject);
    QFETCH(QString, body);
    QFETCH(QByteArray, toHeader);
    QFETCH(QByteArray, bodyText);
    QFETCH(QString, decodedSubject);

    RenderedEmail email;
    email.to = u"ada@example.com"_s;
    email.toName = toName;
    email.from = u"rita@acme.test"_s;
    email.fromName = u"Rita Rep"_s;
    email.subject = subject;
    email.body = body;
    const QByteArray text = NurtureService::emlText(email, t0);

    // CRLF everywhere, no line over 998 octets, header lines within 78 where they can fold.
    QCOMPARE(text.count("\r\n"), text.count('\n'));
    QCOMPARE(text.count('\r'), text.count('\n'));
    const qsizetype split = text.indexOf("\r\n\r\n");
    QVERIFY(split > 0);
    for (const QByteArray &line : text.left(split).split('\n'))
        QVERIFY2(line.chopped(1).size() <= 78, line.constData());
    for (const QByteArray &line : text.mid(split + 4).split('\n'))
        QVERIFY2(line.size() <= 77, line.constData());
    QVERIFY(!text.contains("\nBcc:"));

    const auto h = headers(text);
    QCOMPARE(h.value("From"), QByteArray("Rita Rep <rita@acme.test>"));
    QCOMPARE(h.value("To"), toHeader);
    QCOMPARE(h.value("Date"), QByteArray("Mon, 03 Mar 2025 09:00:00 +0000"));
    QCOMPARE(h.value("MIME-Version"), QByteArray("1.0"));
    QCOMPARE(h.value("Content-Type"), QByteArray("text/plain; charset=UTF-8"));
    QCOMPARE(h.value("Content-Transfer-Encoding"), QByteArray("quoted-printable"));
    QCOMPARE(h.value("X-Unsent"), QByteArray("1"));
    QStringList problems;
    QCOMPARE(decodeHeader(h.value("Subject"), &problems), decodedSubject);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    QCOMPARE(h.value("Subject").contains("=?UTF-8?B?"), !isAsciiForTest(decodedSubject));
    QCOMPARE(text.mid(split + 4), bodyText);
    QCOMPARE(QString::fromUtf8(decodeQuotedPrintable(bodyText)).replace(u"\r\n"_s, u"\n"_s),
        QString(body).replace(u"\r\n"_s, u"\n"_s) + (body.endsWith(u'\n') ? u""_s : u"\n"_s));
}

void TestNurtureService::writeEml()
{
    RenderedEmail email;
    email.to = u"ada@example.com"_s;
    email.subject = u"Grüße"_s;
    email.body = u"Hallo"_s;
    const QString path = m_dir.filePath(u"out.eml"_s);
    QVERIFY(NurtureService::writeEml(email, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.startsWith("To: ada@example.com\r\nSubject: =?UTF-8?B?"
        + QByteArray("Grüße").toBase64() + "?=\r\nDate: "));
    QVERIFY(written.endsWith("\r\n\r\nHallo\r\n"));

    auto failed = NurtureService::writeEml(email, m_dir.filePath(u"no/such/folder/out.eml"_s));
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, ErrorCode::Io);
    QVERIFY(failed.error().message.contains(u"out.eml"_s));
}

// --- task lists ----------------------------------------------------------------------------------

void TestNurtureService::taskLists_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("filter");
    QTest::addColumn<QStringList>("expected");

    const int open = int(NurtureService::TaskFilter::Open);
    const int today = int(NurtureService::TaskFilter::DueToday);
    const int overdue = int(NurtureService::TaskFilter::Overdue);
    QTest::newRow("all open") << u"all"_s << open
                              << QStringList {u"old"_s, u"late"_s, u"midnight"_s, u"sequence"_s,
                                     u"tonight"_s, u"tomorrow"_s};
    QTest::newRow("all today") << u"all"_s << today
                               << QStringList {u"midnight"_s, u"sequence"_s, u"tonight"_s};
    QTest::newRow("all overdue") << u"all"_s << overdue << QStringList {u"old"_s, u"late"_s};
    QTest::newRow("rita open") << u"rita"_s << open
                               << QStringList {u"late"_s, u"midnight"_s, u"tomorrow"_s};
    QTest::newRow("rita today") << u"rita"_s << today << QStringList {u"midnight"_s};
    QTest::newRow("rita overdue") << u"rita"_s << overdue << QStringList {u"late"_s};
    QTest::newRow("sam today") << u"sam"_s << today << QStringList {u"sequence"_s, u"tonight"_s};
    QTest::newRow("sam overdue") << u"sam"_s << overdue << QStringList {};
    QTest::newRow("nobody's") << u"none"_s << open << QStringList {u"old"_s};
}

void TestNurtureService::taskLists()
{
    QFETCH(QString, user);
    QFETCH(int, filter);
    QFETCH(QStringList, expected);

    // Day boundaries in the machine's time zone, worked out here on their own.
    const QDate date(2025, 3, 5);
    const qint64 startOfToday = date.startOfDay().toMSecsSinceEpoch();
    const qint64 startOfTomorrow = date.addDays(1).startOfDay().toMSecsSinceEpoch();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(startOfToday + 12 * hour);

    const Lead ritas = mustCreate({{LeadField::LastName, u"R"_s}, {LeadField::OwnerId, m_rita}});
    const Lead sams = mustCreate({{LeadField::LastName, u"S"_s}, {LeadField::OwnerId, m_sam}});
    const Lead deleted = mustCreate({{LeadField::LastName, u"D"_s}});
    const auto add = [&](const QString &title, qint64 lead, qint64 userId, qint64 due,
                         qint64 done = 0) {
        exec(u"INSERT INTO tasks (lead_id, user_id, kind, title, due_at, done_at, created_at) "
             "VALUES (?, ?, 'follow_up', ?, ?, ?, 0)"_s,
            {lead, userId > 0 ? QVariant(userId) : QVariant(QMetaType::fromType<qint64>()), title,
                due, done > 0 ? QVariant(done) : QVariant(QMetaType::fromType<qint64>())});
    };
    add(u"old"_s, ritas.id(), 0, startOfToday - 3 * day);
    add(u"late"_s, ritas.id(), m_rita, startOfToday - 1);
    add(u"midnight"_s, ritas.id(), m_rita, startOfToday);
    add(u"tonight"_s, sams.id(), m_sam, startOfTomorrow - 1);
    add(u"tomorrow"_s, ritas.id(), m_rita, startOfTomorrow);
    add(u"done"_s, ritas.id(), m_rita, startOfToday + hour, startOfToday + 2 * hour);
    add(u"of a deleted lead"_s, deleted.id(), m_rita, startOfToday + hour);
    QVERIFY(m_leads->remove(deleted.id()));
    // One from a sequence, one from an enrolment that ended.
    mustSequence(u"Seq"_s, {callStep(u"sequence"_s)});
    mustSequence(u"Gone"_s, {callStep(u"ended"_s)});
    mustEnrol(sams.id(), u"Seq"_s, QDateTime::fromMSecsSinceEpoch(startOfToday + 2 * hour));
    const Enrolment gone =
        mustEnrol(sams.id(), u"Gone"_s, QDateTime::fromMSecsSinceEpoch(startOfToday + 2 * hour));
    mustAdvance(now);
    exec(u"UPDATE enrolments SET status = 'exited', exit_reason = 'replied' WHERE id = ?"_s,
        {gone.id});

    const qint64 userId = user == u"all"_s ? 0
        : user == u"none"_s                ? NurtureService::Unassigned
        : user == u"rita"_s                ? m_rita
                                           : m_sam;
    auto tasks = m_nurture->tasks(userId, NurtureService::TaskFilter(filter), now);
    QVERIFY2(tasks, qPrintable(tasks ? QString() : tasks.error().toString()));
    QStringList titles;
    for (const Task &t : std::as_const(*tasks))
        titles << t.title;
    QCOMPARE(titles, expected);
}

void TestNurtureService::dueTodayFollowsTheLocalTimeZone()
{
    const QByteArray saved = qgetenv("TZ");
    qputenv("TZ", "Pacific/Auckland");
    tzset();
    const auto restore = qScopeGuard([&] {
        if (saved.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", saved);
        tzset();
    });
    const QDateTime probe(QDate(2025, 3, 5), QTime(0, 30), Qt::LocalTime);
    if (probe.offsetFromUtc() != 13 * 3600)
        QSKIP("The Pacific/Auckland time zone is not available here.");

    const Lead lead = mustCreate({{LeadField::LastName, u"Kiwi"_s}, {LeadField::OwnerId, m_rita}});
    // 00:30 on 5 March in Auckland is still 4 March in UTC.
    exec(u"INSERT INTO tasks (lead_id, user_id, kind, title, due_at, created_at) "
         "VALUES (?, ?, 'call', 'early', ?, 0)"_s,
        {lead.id(), m_rita, probe.toMSecsSinceEpoch()});
    const QDateTime now(QDate(2025, 3, 5), QTime(1, 0), Qt::UTC); // 14:00 in Auckland
    auto today = m_nurture->tasks(m_rita, NurtureService::TaskFilter::DueToday, now);
    auto overdue = m_nurture->tasks(m_rita, NurtureService::TaskFilter::Overdue, now);
    QVERIFY(today && overdue);
    QCOMPARE(today->size(), 1);
    QCOMPARE(overdue->size(), 0);
}

QTEST_GUILESS_MAIN(TestNurtureService)
#include "tst_nurtureservice.moc"
