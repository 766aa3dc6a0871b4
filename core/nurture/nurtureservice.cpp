#include "nurtureservice.h"

#include "io/outputfile.h"
#include "leads/touchpointservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Nurture", text);
}

QString trn(const char *text, int n)
{
    return QCoreApplication::translate("Nurture", text, nullptr, n);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime utc(const QVariant &ms)
{
    if (ms.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

QVariant nullText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

Status run(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return fail(databaseError(query, what));
    return {};
}

/// Touchpoint types that show the lead answered: an enrolment ends when one is logged after it.
const QString &replyTypesSql()
{
    static const QString types = u"'reply', 'email_reply', 'meeting', 'demo_request'"_s;
    return types;
}

/// "Ada Lovelace", else the company, else the email (as Lead::displayName()).
QString displayName(
    const QString &first, const QString &last, const QString &company, const QString &email)
{
    const QString name = QStringList {first, last}.join(u' ').trimmed();
    if (!name.isEmpty())
        return name;
    return company.isEmpty() ? email : company;
}

/// A wait of `days` from `from`: the same wall-clock time `days` later in the machine's time zone.
qint64 addDays(qint64 from, int days)
{
    return QDateTime::fromMSecsSinceEpoch(from).addDays(days).toMSecsSinceEpoch();
}

QString oneLine(QString text)
{
    text.replace(u"\r\n"_s, u" "_s);
    text.replace(u'\r', u' ');
    text.replace(u'\n', u' ');
    return text.trimmed();
}

QString normalizeLineBreaks(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text;
}

const QRegularExpression &placeholderPattern()
{
    // One line only: a placeholder never spans a line break.
    static const QRegularExpression pattern(u"\\{\\{(.*?)\\}\\}"_s);
    return pattern;
}

/// {{ Name | fallback }} → ("name", "fallback", hasFallback)
struct Placeholder
{
    QString name;
    QString fallback;
};

Placeholder parsePlaceholder(const QString &inner)
{
    const qsizetype bar = inner.indexOf(u'|');
    Placeholder p;
    p.name = (bar < 0 ? inner : inner.left(bar)).trimmed().toLower();
    if (bar >= 0)
        p.fallback = inner.mid(bar + 1).trimmed();
    return p;
}

// --- RFC 5322 / 2047 / 2045 pieces ---------------------------------------------------------------

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

/// RFC 2047 "B" encoded words of at most `maxBytes` UTF-8 bytes each, never splitting a character.
QList<QByteArray> encodedWords(const QString &text, qsizetype maxBytes = 39)
{
    QList<QByteArray> words;
    QByteArray chunk;
    const auto flush = [&] {
        if (!chunk.isEmpty())
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (char32_t codePoint : text.toUcs4()) {
        const QByteArray bytes = QString::fromUcs4(&codePoint, 1).toUtf8();
        if (chunk.size() + bytes.size() > maxBytes)
            flush();
        chunk += bytes;
    }
    flush();
    return words;
}

/// An unstructured header value (Subject): ASCII folded at spaces to 78 columns, anything else as
/// encoded words on folded lines.
QByteArray unstructured(qsizetype nameLength, const QString &value)
{
    if (!isAscii(value) || value.contains(u"=?"_s))
        return encodedWords(value).join("\r\n ");
    QByteArray out;
    qsizetype column = nameLength + 2;
    const QList<QByteArray> words = value.toLatin1().split(' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0) {
            if (column + 1 + words[i].size() > 78 && column > 1) {
                out += "\r\n";
                column = 0;
            }
            out += ' ';
            ++column;
        }
        out += words[i];
        column += words[i].size();
    }
    return out;
}

/// A display name: as it is when plain, quoted when it has specials, encoded words when not ASCII.
QByteArray phrase(const QString &name)
{
    if (!isAscii(name) || name.contains(u"=?"_s))
        return encodedWords(name).join(' ');
    static const QByteArray atextSpecials = "!#$%&'*+-/=?^_`{|}~ ";
    const QByteArray latin = name.toLatin1();
    const bool plain = std::all_of(latin.cbegin(), latin.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || atextSpecials.contains(c);
    });
    if (plain)
        return latin;
    QByteArray quoted = "\"";
    for (char c : latin) {
        if (c == '"' || c == '\\')
            quoted += '\\';
        quoted += c;
    }
    return quoted + '"';
}

QByteArray mailbox(const QString &name, const QString &address)
{
    QString clean = address;
    clean.remove(QRegularExpression(u"[\\s<>]"_s));
    const QString shownName = oneLine(name);
    if (shownName.isEmpty())
        return clean.toUtf8();
    return phrase(shownName) + " <" + clean.toUtf8() + '>';
}

QByteArray rfc5322Date(const QDateTime &date)
{
    const int offset = date.offsetFromUtc() / 60;
    const QString text = QLocale::c().toString(date, u"ddd, dd MMM yyyy hh:mm:ss"_s);
    const QString zone = u"%1%2"_s.arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                             .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0'));
    return (text + (offset < 0 ? u" -"_s : u" +"_s) + zone).toLatin1();
}

/// RFC 2045 quoted-printable of UTF-8 text: CRLF line ends, lines of at most 76 characters.
QByteArray quotedPrintable(const QString &text)
{
    QStringList lines = normalizeLineBreaks(text).split(u'\n');
    if (lines.size() > 1 && lines.constLast().isEmpty())
        lines.removeLast();
    QByteArray out;
    static const char hex[] = "0123456789ABCDEF";
    for (const QString &line : std::as_const(lines)) {
        const QByteArray bytes = line.toUtf8();
        qsizetype column = 0;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto c = static_cast<unsigned char>(bytes[i]);
            const bool last = i + 1 == bytes.size();
            QByteArray token;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                token = QByteArray(1, char(c));
            else {
                token = QByteArray("=");
                token += hex[c >> 4];
                token += hex[c & 0xF];
            }
            if (column + token.size() > 75) {
                out += "=\r\n";
                column = 0;
            }
            out += token;
            column += token.size();
        }
        out += "\r\n";
    }
    return out;
}

} // namespace

// --- value types ---------------------------------------------------------------------------------

QString SequenceStep::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Email:
        return u"email"_s;
    case Kind::Call:
        return u"call"_s;
    case Kind::Wait:
        return u"wait"_s;
    }
    return {};
}

std::optional<SequenceStep::Kind> SequenceStep::kindFromString(QStringView text)
{
    for (Kind kind : {Kind::Email, Kind::Call, Kind::Wait}) {
        if (text.trimmed().compare(kindKey(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString SequenceStep::summary() const
{
    switch (kind) {
    case Kind::Wait:
        return trn("wait %n day(s)", waitDays);
    case Kind::Email:
        return tr("email: %1").arg(oneLine(subject));
    case Kind::Call:
        return tr("call: %1").arg(oneLine(subject));
    }
    return {};
}

QJsonObject SequenceStep::toJson() const
{
    QJsonObject object {{u"kind"_s, kindKey(kind)}};
    if (kind == Kind::Wait) {
        object.insert(u"wait_days"_s, waitDays);
        return object;
    }
    object.insert(u"subject"_s, subject);
    if (kind == Kind::Email || !body.isEmpty())
        object.insert(u"body"_s, body);
    return object;
}

Result<SequenceStep> SequenceStep::fromJson(const QJsonObject &object)
{
    SequenceStep step;
    const auto kind = kindFromString(object.value(u"kind"_s).toString());
    if (!kind)
        return fail(ErrorCode::Invalid,
            tr("A step's \"kind\" must be email, call or wait, not \"%1\".")
                .arg(object.value(u"kind"_s).toVariant().toString()),
            u"kind"_s);
    step.kind = *kind;
    const QJsonValue days = object.value(u"wait_days"_s);
    if (!days.isUndefined()) {
        const double value = days.toDouble(-1);
        if (!days.isDouble() || value != std::floor(value) || value < 0 || value > 1e6)
            return fail(ErrorCode::Invalid,
                tr("A step's \"wait_days\" must be a whole number of days."), u"wait_days"_s);
        step.waitDays = int(value);
    }
    for (auto [key, target] :
        {std::pair {u"subject"_s, &step.subject}, std::pair {u"body"_s, &step.body}}) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString())
            return fail(ErrorCode::Invalid, tr("A step's \"%1\" must be text.").arg(key), key);
        *target = value.toString();
    }
    return step;
}

QJsonObject Sequence::toJson() const
{
    QJsonArray array;
    for (const SequenceStep &step : steps)
        array.append(step.toJson());
    return {{u"name"_s, name}, {u"description"_s, description},
        {u"enrol_on_nurturing"_s, enrolOnNurturing}, {u"active"_s, active}, {u"steps"_s, array}};
}

Result<Sequence> Sequence::fromJson(const QJsonObject &object)
{
    Sequence sequence;
    for (auto [key, target] : {std::pair {u"name"_s, &sequence.name},
             std::pair {u"description"_s, &sequence.description}}) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString())
            return fail(ErrorCode::Invalid, tr("\"%1\" must be text.").arg(key), key);
        *target = value.toString();
    }
    for (auto [key, target] : {std::pair {u"enrol_on_nurturing"_s, &sequence.enrolOnNurturing},
             std::pair {u"active"_s, &sequence.active}}) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isBool())
            return fail(ErrorCode::Invalid, tr("\"%1\" must be true or false.").arg(key), key);
        *target = value.toBool();
    }
    const QJsonValue steps = object.value(u"steps"_s);
    if (!steps.isArray())
        return fail(
            ErrorCode::Invalid, tr("A sequence needs \"steps\", a list of steps."), u"steps"_s);
    const QJsonArray array = steps.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isObject())
            return fail(ErrorCode::Invalid, tr("Step %1 is not an object.").arg(i + 1), u"steps"_s);
        auto step = SequenceStep::fromJson(array[i].toObject());
        if (!step) {
            Error error = step.error();
            error.message = tr("Step %1: %2").arg(i + 1).arg(error.message);
            return fail(error);
        }
        sequence.steps << *step;
    }
    return sequence;
}

QString Enrolment::statusKey(Status status)
{
    switch (status) {
    case Status::Active:
        return u"active"_s;
    case Status::Completed:
        return u"completed"_s;
    case Status::Exited:
        return u"exited"_s;
    }
    return {};
}

QString Task::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Call:
        return u"call"_s;
    case Kind::Email:
        return u"email"_s;
    case Kind::FollowUp:
        return u"follow_up"_s;
    case Kind::Escalation:
        return u"escalation"_s;
    }
    return {};
}

namespace {

Task::Kind taskKindFromKey(const QString &key)
{
    for (Task::Kind kind :
        {Task::Kind::Call, Task::Kind::Email, Task::Kind::FollowUp, Task::Kind::Escalation}) {
        if (Task::kindKey(kind) == key)
            return kind;
    }
    return Task::Kind::FollowUp;
}

Enrolment::Status statusFromKey(const QString &key)
{
    if (key == u"completed"_s)
        return Enrolment::Status::Completed;
    if (key == u"exited"_s)
        return Enrolment::Status::Exited;
    return Enrolment::Status::Active;
}

const QString enrolmentColumns = u"e.id, e.lead_id, e.sequence_id, q.name, e.status, "
                                 "e.step_position, e.next_due_at, e.enrolled_at, e.enrolled_by, "
                                 "e.stage_at_enrolment, e.ended_at, e.exit_reason"_s;

Enrolment readEnrolment(const QSqlQuery &query)
{
    Enrolment e;
    e.id = query.value(0).toLongLong();
    e.leadId = query.value(1).toLongLong();
    e.sequenceId = query.value(2).toLongLong();
    e.sequenceName = query.value(3).toString();
    e.status = statusFromKey(query.value(4).toString());
    e.stepPosition = query.value(5).toInt();
    e.nextDueAt = utc(query.value(6));
    e.enrolledAt = utc(query.value(7));
    e.enrolledBy = query.value(8).toString();
    e.stageAtEnrolment = stageFromString(query.value(9).toString()).value_or(Stage::New);
    e.endedAt = utc(query.value(10));
    e.exitReason = query.value(11).toString();
    return e;
}

const QString taskSelect =
    u"SELECT k.id, k.lead_id, l.first_name, l.last_name, l.company, l.email, k.user_id, u.name, "
    "k.kind, k.title, k.detail, k.due_at, k.done_at, k.enrolment_id, k.step_position, q.name "
    "FROM tasks k JOIN leads l ON l.id = k.lead_id "
    "LEFT JOIN users u ON u.id = k.user_id "
    "LEFT JOIN enrolments e ON e.id = k.enrolment_id "
    "LEFT JOIN sequences q ON q.id = e.sequence_id "_s;

Task readTask(const QSqlQuery &query)
{
    Task t;
    t.id = query.value(0).toLongLong();
    t.leadId = query.value(1).toLongLong();
    t.leadName = displayName(query.value(2).toString(), query.value(3).toString(),
        query.value(4).toString(), query.value(5).toString());
    t.userId = query.value(6).toLongLong();
    t.userName = query.value(7).toString();
    t.kind = taskKindFromKey(query.value(8).toString());
    t.title = query.value(9).toString();
    t.detail = query.value(10).toString();
    t.dueAt = utc(query.value(11));
    t.doneAt = utc(query.value(12));
    t.enrolmentId = query.value(13).toLongLong();
    t.stepPosition = query.value(14).toInt();
    t.sequenceName = query.value(15).toString();
    return t;
}

} // namespace

// --- the service ---------------------------------------------------------------------------------

/// An active enrolment as advance() sees it, with what it needs to decide in one row.
struct NurtureService::DueRow
{
    qint64 enrolmentId = 0;
    qint64 leadId = 0;
    qint64 sequenceId = 0;
    int position = 1;
    qint64 nextDueAt = 0;
    QString stageAtEnrolment;
    QString leadStage;
    bool leadDeleted = false;
    qint64 ownerId = 0;
    qint64 taskId = 0; ///< the task of the current step, if it has one
    bool taskDone = false;
    qint64 taskDoneAt = 0;
    bool unsubscribed = false;
    bool replied = false;

    /// Why the enrolment must end now, or empty.
    QString exitReason() const
    {
        if (leadDeleted)
            return u"lead deleted"_s;
        if (leadStage != stageAtEnrolment)
            return u"stage changed to "_s + leadStage;
        if (unsubscribed)
            return u"unsubscribed"_s;
        if (replied)
            return u"replied"_s;
        return {};
    }
    /// False while the current step's task is open and the lead has not moved on: nothing to do.
    bool needsWork() const { return taskId == 0 || taskDone || !exitReason().isEmpty(); }
};

NurtureService::NurtureService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QStringList NurtureService::placeholders()
{
    return {u"first_name"_s, u"last_name"_s, u"company"_s, u"title"_s, u"owner_name"_s,
        u"owner_email"_s, u"sender_name"_s};
}

Status NurtureService::checkTemplate(const QString &text, const QString &what)
{
    const QStringList known = placeholders();
    QString rest = text;
    auto matches = placeholderPattern().globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const Placeholder p = parsePlaceholder(match.captured(1));
        if (!known.contains(p.name)) {
            QStringList written;
            for (const QString &name : known)
                written << u"{{"_s + name + u"}}"_s;
            return fail(ErrorCode::Invalid,
                tr("%1 uses the placeholder %2, which Leadflow does not know; use one of: %3.")
                    .arg(what, match.captured(0), written.join(u", "_s)));
        }
        rest.replace(match.captured(0), QString());
    }
    if (rest.contains(u"{{"_s))
        return fail(ErrorCode::Invalid,
            tr("%1 has a \"{{\" that opens no placeholder; write placeholders as {{first_name}} "
               "on one line.")
                .arg(what));
    return {};
}

QString NurtureService::merge(
    const QString &text, const QHash<QString, QString> &values, QStringList *missing)
{
    QString out;
    qsizetype from = 0;
    auto matches = placeholderPattern().globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        out += QStringView(text).mid(from, match.capturedStart(0) - from);
        from = match.capturedEnd(0);
        const Placeholder p = parsePlaceholder(match.captured(1));
        if (!values.contains(p.name) && !placeholders().contains(p.name)) {
            out += match.captured(0);
            continue;
        }
        const QString value = values.value(p.name).trimmed();
        if (!value.isEmpty()) {
            out += value;
        } else if (!p.fallback.isEmpty()) {
            out += p.fallback;
        } else if (missing && !missing->contains(p.name)) {
            missing->append(p.name);
        }
    }
    out += QStringView(text).mid(from);
    return out;
}

// --- sequences -----------------------------------------------------------------------------------

Result<QList<SequenceStep>> NurtureService::steps(qint64 sequenceId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT position, kind, wait_days, subject, body FROM sequence_steps "
                  "WHERE sequence_id = ? ORDER BY position"_s);
    query.addBindValue(sequenceId);
    if (auto done = run(query, tr("Cannot read the steps of sequence %1").arg(sequenceId)); !done)
        return fail(done.error());
    QList<SequenceStep> list;
    while (query.next()) {
        SequenceStep step;
        step.position = query.value(0).toInt();
        step.kind = SequenceStep::kindFromString(query.value(1).toString())
                        .value_or(SequenceStep::Kind::Wait);
        step.waitDays = query.value(2).toInt();
        step.subject = query.value(3).toString();
        step.body = query.value(4).toString();
        list << step;
    }
    return list;
}

Result<Sequence> NurtureService::createSequence(const Sequence &input)
{
    Sequence sequence = input;
    sequence.name = oneLine(sequence.name);
    sequence.description = sequence.description.trimmed();
    if (sequence.name.isEmpty())
        return fail(ErrorCode::Invalid, tr("A sequence needs a name."), u"name"_s);
    static const QRegularExpression digits(u"^\\d+$"_s);
    if (digits.match(sequence.name).hasMatch())
        return fail(ErrorCode::Invalid,
            tr("A sequence name cannot be only digits (\"%1\" would be read as an id).")
                .arg(sequence.name),
            u"name"_s);
    if (sequence.steps.isEmpty())
        return fail(ErrorCode::Invalid,
            tr("A sequence needs at least one step (an email, a call or a wait)."), u"steps"_s);
    bool acts = false;
    for (qsizetype i = 0; i < sequence.steps.size(); ++i) {
        SequenceStep &step = sequence.steps[i];
        const int n = int(i + 1);
        step.position = n;
        const QString kind = SequenceStep::kindKey(step.kind);
        if (step.kind == SequenceStep::Kind::Wait) {
            if (step.waitDays < 1 || step.waitDays > 3650)
                return fail(ErrorCode::Invalid,
                    tr("Step %1 (wait) must wait from 1 to 3650 days, not %2.")
                        .arg(n)
                        .arg(step.waitDays),
                    u"wait_days"_s);
            step.subject.clear();
            step.body.clear();
            continue;
        }
        acts = true;
        step.waitDays = 0;
        step.subject = oneLine(step.subject);
        step.body = normalizeLineBreaks(step.body).trimmed();
        if (step.subject.isEmpty())
            return fail(ErrorCode::Invalid,
                step.kind == SequenceStep::Kind::Email
                    ? tr("Step %1 (email) needs a subject.").arg(n)
                    : tr("Step %1 (call) needs a text that says what the call is about.").arg(n),
                u"subject"_s);
        if (step.kind == SequenceStep::Kind::Email && step.body.isEmpty())
            return fail(ErrorCode::Invalid, tr("Step %1 (email) needs a body.").arg(n), u"body"_s);
        if (auto checked =
                checkTemplate(step.subject, tr("The subject of step %1 (%2)").arg(n).arg(kind));
            !checked)
            return fail(checked.error());
        if (auto checked =
                checkTemplate(step.body, tr("The body of step %1 (%2)").arg(n).arg(kind));
            !checked)
            return fail(checked.error());
    }
    if (!acts)
        return fail(ErrorCode::Invalid,
            tr("A sequence of waits only does nothing; add an email or a call step."), u"steps"_s);

    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    QSqlQuery names(m_db);
    if (!names.exec(u"SELECT id, name FROM sequences"_s))
        return fail(databaseError(names, tr("Cannot read the sequences")));
    while (names.next()) {
        if (names.value(1).toString().compare(sequence.name, Qt::CaseInsensitive) == 0)
            return fail(ErrorCode::Invalid,
                tr("There is already a sequence named \"%1\" (id %2); choose another name.")
                    .arg(names.value(1).toString())
                    .arg(names.value(0).toLongLong()),
                u"name"_s);
    }
    const qint64 now = nowMs();
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO sequences (name, description, enrol_on_nurturing, active, "
                   "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(sequence.name);
    insert.addBindValue(nullText(sequence.description));
    insert.addBindValue(sequence.enrolOnNurturing ? 1 : 0);
    insert.addBindValue(sequence.active ? 1 : 0);
    insert.addBindValue(now);
    insert.addBindValue(now);
    if (auto done = run(insert, tr("Cannot save the sequence")); !done)
        return fail(done.error());
    const qint64 id = insert.lastInsertId().toLongLong();
    QSqlQuery step(m_db);
    step.prepare(u"INSERT INTO sequence_steps (sequence_id, position, kind, wait_days, subject, "
                 "body) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const SequenceStep &s : std::as_const(sequence.steps)) {
        step.addBindValue(id);
        step.addBindValue(s.position);
        step.addBindValue(SequenceStep::kindKey(s.kind));
        step.addBindValue(s.waitDays);
        step.addBindValue(nullText(s.subject));
        step.addBindValue(nullText(s.body));
        if (auto done = run(step, tr("Cannot save the steps of the sequence")); !done)
            return fail(done.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return this->sequence(QString::number(id));
}

namespace {

const QString sequenceSelect =
    u"SELECT s.id, s.name, s.description, s.enrol_on_nurturing, s.active, s.created_at, "
    "(SELECT COUNT(*) FROM enrolments e WHERE e.sequence_id = s.id AND e.status = 'active'), "
    "(SELECT COUNT(*) FROM enrolments e WHERE e.sequence_id = s.id AND e.status = 'completed'), "
    "(SELECT COUNT(*) FROM enrolments e WHERE e.sequence_id = s.id AND e.status = 'exited') "
    "FROM sequences s "_s;

Sequence readSequence(const QSqlQuery &query)
{
    Sequence s;
    s.id = query.value(0).toLongLong();
    s.name = query.value(1).toString();
    s.description = query.value(2).toString();
    s.enrolOnNurturing = query.value(3).toInt() != 0;
    s.active = query.value(4).toInt() != 0;
    s.createdAt = utc(query.value(5));
    s.activeEnrolments = query.value(6).toLongLong();
    s.completedEnrolments = query.value(7).toLongLong();
    s.exitedEnrolments = query.value(8).toLongLong();
    return s;
}

} // namespace

Result<QList<Sequence>> NurtureService::listSequences() const
{
    QSqlQuery query(m_db);
    if (!query.exec(sequenceSelect + u"ORDER BY s.name COLLATE NOCASE, s.id"_s))
        return fail(databaseError(query, tr("Cannot read the sequences")));
    QList<Sequence> list;
    while (query.next())
        list << readSequence(query);
    for (Sequence &s : list) {
        auto read = steps(s.id);
        if (!read)
            return fail(read.error());
        s.steps = *read;
    }
    return list;
}

Result<Sequence> NurtureService::sequence(const QString &nameOrId) const
{
    const QString wanted = nameOrId.trimmed();
    bool isId = false;
    qint64 id = wanted.toLongLong(&isId);
    if (!isId) {
        QSqlQuery names(m_db);
        if (!names.exec(u"SELECT id, name FROM sequences ORDER BY name"_s))
            return fail(databaseError(names, tr("Cannot read the sequences")));
        QStringList all;
        qint64 caseless = 0;
        while (names.next()) {
            const QString name = names.value(1).toString();
            all << name;
            if (name == wanted) {
                id = names.value(0).toLongLong();
                break;
            }
            if (caseless == 0 && name.compare(wanted, Qt::CaseInsensitive) == 0)
                caseless = names.value(0).toLongLong();
        }
        if (id == 0)
            id = caseless;
        if (id == 0) {
            if (all.isEmpty())
                return fail(ErrorCode::NotFound,
                    tr("There is no sequence \"%1\"; there are no sequences yet.").arg(wanted));
            return fail(ErrorCode::NotFound,
                tr("There is no sequence \"%1\"; the sequences are: %2.")
                    .arg(wanted, all.mid(0, 20).join(u", "_s)));
        }
    }
    QSqlQuery query(m_db);
    query.prepare(sequenceSelect + u"WHERE s.id = ?"_s);
    query.addBindValue(id);
    if (auto done = run(query, tr("Cannot read sequence %1").arg(id)); !done)
        return fail(done.error());
    if (!query.next())
        return fail(ErrorCode::NotFound, tr("There is no sequence %1.").arg(id));
    Sequence s = readSequence(query);
    auto read = steps(s.id);
    if (!read)
        return fail(read.error());
    s.steps = *read;
    return s;
}

// --- enrolments ----------------------------------------------------------------------------------

Result<Enrolment> NurtureService::enrol(
    qint64 leadId, const QString &sequenceName, const QString &actor, const QDateTime &at)
{
    const qint64 when = at.isValid() ? at.toMSecsSinceEpoch() : nowMs();
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto seq = sequence(sequenceName);
    if (!seq)
        return fail(seq.error());

    QSqlQuery lead(m_db);
    lead.prepare(u"SELECT stage, deleted_at FROM leads WHERE id = ?"_s);
    lead.addBindValue(leadId);
    if (auto done = run(lead, tr("Cannot read lead %1").arg(leadId)); !done)
        return fail(done.error());
    if (!lead.next())
        return fail(ErrorCode::NotFound, tr("There is no lead %1.").arg(leadId));
    if (!lead.value(1).isNull())
        return fail(ErrorCode::NotFound,
            tr("Lead %1 is deleted; restore it before enrolling it.").arg(leadId));
    const QString stageText = lead.value(0).toString();
    const Stage stage = stageFromString(stageText).value_or(Stage::New);
    if (isClosedStage(stage))
        return fail(ErrorCode::Invalid,
            tr("Lead %1 is %2; won, lost and disqualified leads are not nurtured (move a lost or "
               "disqualified lead to Nurturing to nurture it again).")
                .arg(leadId)
                .arg(stageLabel(stage)));
    if (!seq->active)
        return fail(ErrorCode::Invalid,
            tr("The sequence \"%1\" is switched off and takes no new leads.").arg(seq->name));

    QSqlQuery existing(m_db);
    existing.prepare(u"SELECT id, enrolled_at, step_position FROM enrolments "
                     "WHERE lead_id = ? AND sequence_id = ? AND status = 'active'"_s);
    existing.addBindValue(leadId);
    existing.addBindValue(seq->id);
    if (auto done = run(existing, tr("Cannot read lead %1's enrolments").arg(leadId)); !done)
        return fail(done.error());
    if (existing.next())
        return fail(ErrorCode::Invalid,
            tr("Lead %1 is already in the sequence \"%2\" (enrolment %3, since %4, at step %5 of "
               "%6).")
                .arg(leadId)
                .arg(seq->name)
                .arg(existing.value(0).toLongLong())
                .arg(utc(existing.value(1)).toString(Qt::ISODate))
                .arg(std::min<qsizetype>(existing.value(2).toInt(), seq->steps.size()))
                .arg(seq->steps.size()));

    const bool sendsEmail = std::any_of(seq->steps.cbegin(), seq->steps.cend(),
        [](const SequenceStep &s) { return s.kind == SequenceStep::Kind::Email; });
    if (sendsEmail) {
        QSqlQuery unsubscribed(m_db);
        unsubscribed.prepare(u"SELECT MAX(occurred_at) FROM touchpoints "
                             "WHERE lead_id = ? AND type = 'unsubscribe'"_s);
        unsubscribed.addBindValue(leadId);
        if (auto done = run(unsubscribed, tr("Cannot read lead %1's touchpoints").arg(leadId));
            !done)
            return fail(done.error());
        if (unsubscribed.next() && !unsubscribed.value(0).isNull())
            return fail(ErrorCode::Invalid,
                tr("Lead %1 unsubscribed on %2; it cannot be enrolled in \"%3\", which sends "
                   "email.")
                    .arg(leadId)
                    .arg(utc(unsubscribed.value(0)).toString(Qt::ISODate), seq->name));
    }

    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO enrolments (lead_id, sequence_id, status, step_position, "
                   "next_due_at, enrolled_at, enrolled_by, stage_at_enrolment) "
                   "VALUES (?, ?, 'active', 1, ?, ?, ?, ?)"_s);
    insert.addBindValue(leadId);
    insert.addBindValue(seq->id);
    insert.addBindValue(when);
    insert.addBindValue(when);
    insert.addBindValue(nullText(actor));
    insert.addBindValue(stageText);
    if (auto done = run(insert, tr("Cannot enrol lead %1").arg(leadId)); !done)
        return fail(done.error());
    const qint64 id = insert.lastInsertId().toLongLong();

    QSqlQuery read(m_db);
    read.prepare(u"SELECT %1 FROM enrolments e JOIN sequences q ON q.id = e.sequence_id "
                 "WHERE e.id = ?"_s.arg(enrolmentColumns));
    read.addBindValue(id);
    if (auto done = run(read, tr("Cannot read enrolment %1").arg(id)); !done)
        return fail(done.error());
    if (!read.next())
        return fail(ErrorCode::Database, tr("Enrolment %1 vanished while saving.").arg(id));
    Enrolment enrolment = readEnrolment(read);
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return enrolment;
}

Result<QList<Enrolment>> NurtureService::enrolments(qint64 leadId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM enrolments e JOIN sequences q ON q.id = e.sequence_id "
                  "WHERE e.lead_id = ? ORDER BY e.enrolled_at, e.id"_s.arg(enrolmentColumns));
    query.addBindValue(leadId);
    if (auto done = run(query, tr("Cannot read lead %1's enrolments").arg(leadId)); !done)
        return fail(done.error());
    QList<Enrolment> list;
    while (query.next())
        list << readEnrolment(query);
    return list;
}

Result<QList<NurtureService::DueRow>> NurtureService::dueRows(qint64 now, qint64 enrolmentId) const
{
    // One pass over the due enrolments (enrolments_due: status, next_due_at), each with its lead,
    // the task of its current step (tasks_lead) and whether the lead answered or unsubscribed
    // since it was enrolled (touchpoints_lead: lead_id, occurred_at).
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT e.id, e.lead_id, e.sequence_id, e.step_position, e.next_due_at, "
        "e.stage_at_enrolment, l.stage, l.deleted_at IS NOT NULL, l.owner_id, k.id, k.done_at, "
        "EXISTS (SELECT 1 FROM touchpoints t WHERE t.lead_id = e.lead_id "
        "AND t.occurred_at >= e.enrolled_at AND t.type = 'unsubscribe'), "
        "EXISTS (SELECT 1 FROM touchpoints t WHERE t.lead_id = e.lead_id "
        "AND t.occurred_at >= e.enrolled_at AND t.type IN (%1)) "
        "FROM enrolments e JOIN leads l ON l.id = e.lead_id "
        "LEFT JOIN tasks k ON k.lead_id = e.lead_id AND k.enrolment_id = e.id "
        "AND k.step_position = e.step_position "
        "WHERE %2 ORDER BY e.next_due_at, e.id"_s.arg(replyTypesSql(),
            enrolmentId > 0 ? u"e.id = ? AND e.status = 'active'"_s
                            : u"e.status = 'active' AND e.next_due_at <= ?"_s));
    query.addBindValue(enrolmentId > 0 ? enrolmentId : now);
    if (auto done = run(query, tr("Cannot read the due enrolments")); !done)
        return fail(done.error());
    QList<DueRow> rows;
    QSet<qint64> seen;
    while (query.next()) {
        DueRow row;
        row.enrolmentId = query.value(0).toLongLong();
        if (seen.contains(row.enrolmentId))
            continue;
        seen.insert(row.enrolmentId);
        row.leadId = query.value(1).toLongLong();
        row.sequenceId = query.value(2).toLongLong();
        row.position = query.value(3).toInt();
        row.nextDueAt = query.value(4).isNull() ? now : query.value(4).toLongLong();
        row.stageAtEnrolment = query.value(5).toString();
        row.leadStage = query.value(6).toString();
        row.leadDeleted = query.value(7).toInt() != 0;
        row.ownerId = query.value(8).toLongLong();
        row.taskId = query.value(9).toLongLong();
        row.taskDone = !query.value(10).isNull();
        row.taskDoneAt = query.value(10).toLongLong();
        row.unsubscribed = query.value(11).toInt() != 0;
        row.replied = query.value(12).toInt() != 0;
        rows << row;
    }
    return rows;
}

Result<QHash<QString, QString>> NurtureService::mergeValues(qint64 leadId, qint64 senderId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT l.first_name, l.last_name, l.company, l.title, o.name, o.email, "
                  "s.name, s.email FROM leads l LEFT JOIN users o ON o.id = l.owner_id "
                  "LEFT JOIN users s ON s.id = ? WHERE l.id = ?"_s);
    query.addBindValue(senderId > 0 ? senderId : qint64(-1));
    query.addBindValue(leadId);
    if (auto done = run(query, tr("Cannot read lead %1").arg(leadId)); !done)
        return fail(done.error());
    if (!query.next())
        return fail(ErrorCode::NotFound, tr("There is no lead %1.").arg(leadId));
    QHash<QString, QString> values;
    values.insert(u"first_name"_s, query.value(0).toString());
    values.insert(u"last_name"_s, query.value(1).toString());
    values.insert(u"company"_s, query.value(2).toString());
    values.insert(u"title"_s, query.value(3).toString());
    values.insert(u"owner_name"_s, query.value(4).toString());
    values.insert(u"owner_email"_s, query.value(5).toString());
    // The sender is the task's user; without one, the lead's owner.
    const bool sender = !query.value(6).isNull();
    values.insert(u"sender_name"_s, (sender ? query.value(6) : query.value(4)).toString());
    values.insert(u"sender_email"_s, (sender ? query.value(7) : query.value(5)).toString());
    return values;
}

Status NurtureService::process(const DueRow &row, qint64 now, AdvanceResult &result,
    QHash<qint64, QList<SequenceStep>> &stepCache)
{
    const QString exit = row.exitReason();
    if (!exit.isEmpty()) {
        QSqlQuery end(m_db);
        end.prepare(u"UPDATE enrolments SET status = 'exited', ended_at = ?, exit_reason = ?, "
                    "next_due_at = NULL WHERE id = ?"_s);
        end.addBindValue(now);
        end.addBindValue(exit);
        end.addBindValue(row.enrolmentId);
        if (auto done = run(end, tr("Cannot end enrolment %1").arg(row.enrolmentId)); !done)
            return done;
        ++result.exited;
        return {};
    }
    if (!stepCache.contains(row.sequenceId)) {
        auto read = steps(row.sequenceId);
        if (!read)
            return fail(read.error());
        stepCache.insert(row.sequenceId, *read);
    }
    const QList<SequenceStep> &list = stepCache[row.sequenceId];

    int position = std::max(row.position, 1);
    qint64 due = row.nextDueAt;
    if (row.taskId > 0) {
        if (!row.taskDone)
            return {};
        ++position;
        due = row.taskDoneAt;
    }
    const auto save = [&](const QString &sql, const QVariantList &values) -> Status {
        QSqlQuery update(m_db);
        update.prepare(sql);
        for (const QVariant &value : values)
            update.addBindValue(value);
        return run(update, tr("Cannot save enrolment %1").arg(row.enrolmentId));
    };
    while (true) {
        if (position > list.size()) {
            ++result.completed;
            return save(u"UPDATE enrolments SET status = 'completed', step_position = ?, "
                        "next_due_at = NULL, ended_at = ? WHERE id = ?"_s,
                {position, due, row.enrolmentId});
        }
        const SequenceStep &step = list[position - 1];
        if (step.kind == SequenceStep::Kind::Wait) {
            due = addDays(due, step.waitDays);
            ++position;
            if (due > now)
                return save(
                    u"UPDATE enrolments SET step_position = ?, next_due_at = ? WHERE id = ?"_s,
                    {position, due, row.enrolmentId});
            continue;
        }
        auto values = mergeValues(row.leadId, row.ownerId);
        if (!values)
            return fail(values.error());
        const bool email = step.kind == SequenceStep::Kind::Email;
        QString title = oneLine(merge(step.subject, *values));
        if (title.isEmpty())
            title =
                email ? tr("Email (step %1)").arg(position) : tr("Call (step %1)").arg(position);
        QSqlQuery task(m_db);
        task.prepare(u"INSERT INTO tasks (lead_id, user_id, kind, title, detail, due_at, "
                     "enrolment_id, step_position, created_at, created_by) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'nurture')"_s);
        task.addBindValue(row.leadId);
        task.addBindValue(nullId(row.ownerId));
        task.addBindValue(email ? u"email"_s : u"call"_s);
        task.addBindValue(title);
        task.addBindValue(nullText(merge(step.body, *values).trimmed()));
        task.addBindValue(due);
        task.addBindValue(row.enrolmentId);
        task.addBindValue(position);
        task.addBindValue(now);
        if (auto done = run(task, tr("Cannot create a task for lead %1").arg(row.leadId)); !done)
            return done;
        ++result.tasksCreated;
        return save(u"UPDATE enrolments SET step_position = ?, next_due_at = ? WHERE id = ?"_s,
            {position, due, row.enrolmentId});
    }
}

Result<AdvanceResult> NurtureService::advance(const QDateTime &now)
{
    const qint64 at = now.isValid() ? now.toMSecsSinceEpoch() : nowMs();
    AdvanceResult result;
    // Read first: most calls find only enrolments waiting for open tasks and write nothing, so
    // they need no write lock (and work on a read-only database).
    auto rows = dueRows(at, 0);
    if (!rows)
        return fail(rows.error());
    result.checked = rows->size();
    if (std::none_of(rows->cbegin(), rows->cend(), [](const DueRow &r) { return r.needsWork(); }))
        return result;

    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    rows = dueRows(at, 0); // again, under the write lock
    if (!rows)
        return fail(rows.error());
    result.checked = rows->size();
    QHash<qint64, QList<SequenceStep>> cache;
    for (const DueRow &row : std::as_const(*rows)) {
        if (!row.needsWork())
            continue;
        if (auto done = process(row, at, result, cache); !done)
            return fail(done.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return result;
}

Status NurtureService::onStageChanged(qint64 leadId, Stage, Stage to)
{
    const qint64 now = nowMs();
    const QString toKey = stageKey(to);
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    // Enrolments made for this very stage (by an earlier call for the same change) stay.
    QSqlQuery end(m_db);
    end.prepare(u"UPDATE enrolments SET status = 'exited', ended_at = ?, exit_reason = ?, "
                "next_due_at = NULL WHERE lead_id = ? AND status = 'active' "
                "AND stage_at_enrolment <> ?"_s);
    end.addBindValue(now);
    end.addBindValue(u"stage changed to "_s + toKey);
    end.addBindValue(leadId);
    end.addBindValue(toKey);
    if (auto done = run(end, tr("Cannot end lead %1's enrolments").arg(leadId)); !done)
        return done;

    if (to == Stage::Nurturing) {
        QSqlQuery lead(m_db);
        lead.prepare(u"SELECT deleted_at IS NULL, EXISTS (SELECT 1 FROM touchpoints t "
                     "WHERE t.lead_id = l.id AND t.type = 'unsubscribe') "
                     "FROM leads l WHERE l.id = ?"_s);
        lead.addBindValue(leadId);
        if (auto done = run(lead, tr("Cannot read lead %1").arg(leadId)); !done)
            return done;
        if (lead.next() && lead.value(0).toInt() != 0) {
            const bool unsubscribed = lead.value(1).toInt() != 0;
            QSqlQuery sequences(m_db);
            sequences.prepare(
                u"SELECT s.id, EXISTS (SELECT 1 FROM sequence_steps p WHERE p.sequence_id = s.id "
                "AND p.kind = 'email') FROM sequences s WHERE s.active = 1 "
                "AND s.enrol_on_nurturing = 1 AND NOT EXISTS (SELECT 1 FROM enrolments e "
                "WHERE e.lead_id = ? AND e.sequence_id = s.id AND e.status = 'active') "
                "ORDER BY s.id"_s);
            sequences.addBindValue(leadId);
            if (auto done = run(sequences, tr("Cannot read the sequences")); !done)
                return done;
            QList<qint64> ids;
            while (sequences.next()) {
                if (!(unsubscribed && sequences.value(1).toInt() != 0))
                    ids << sequences.value(0).toLongLong();
            }
            QSqlQuery insert(m_db);
            insert.prepare(u"INSERT INTO enrolments (lead_id, sequence_id, status, step_position, "
                           "next_due_at, enrolled_at, enrolled_by, stage_at_enrolment) "
                           "VALUES (?, ?, 'active', 1, ?, ?, 'rule', ?)"_s);
            for (qint64 id : std::as_const(ids)) {
                insert.addBindValue(leadId);
                insert.addBindValue(id);
                insert.addBindValue(now);
                insert.addBindValue(now);
                insert.addBindValue(toKey);
                if (auto done = run(insert, tr("Cannot enrol lead %1").arg(leadId)); !done)
                    return done;
            }
        }
    }
    return transaction.commit();
}

// --- tasks ---------------------------------------------------------------------------------------

Result<QList<Task>> NurtureService::tasks(
    qint64 userId, TaskFilter filter, const QDateTime &now) const
{
    QString sql = taskSelect
        + u"WHERE k.done_at IS NULL AND l.deleted_at IS NULL "
          "AND (k.enrolment_id IS NULL OR e.status = 'active')"_s;
    QVariantList values;
    if (userId == Unassigned) {
        sql += u" AND k.user_id IS NULL"_s;
    } else if (userId > 0) {
        sql += u" AND k.user_id = ?"_s;
        values << userId;
    }
    // Today is the machine's local date.
    const QDate today = (now.isValid() ? now : QDateTime::currentDateTime()).toLocalTime().date();
    const qint64 startOfToday = today.startOfDay().toMSecsSinceEpoch();
    const qint64 startOfTomorrow = today.addDays(1).startOfDay().toMSecsSinceEpoch();
    switch (filter) {
    case TaskFilter::Open:
        break;
    case TaskFilter::DueToday:
        sql += u" AND k.due_at >= ? AND k.due_at < ?"_s;
        values << startOfToday << startOfTomorrow;
        break;
    case TaskFilter::Overdue:
        sql += u" AND k.due_at < ?"_s;
        values << startOfToday;
        break;
    }
    sql += u" ORDER BY k.due_at, k.id"_s;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (auto done = run(query, tr("Cannot read the tasks")); !done)
        return fail(done.error());
    QList<Task> list;
    while (query.next())
        list << readTask(query);
    return list;
}

Result<Task> NurtureService::task(qint64 taskId) const
{
    QSqlQuery query(m_db);
    query.prepare(taskSelect + u"WHERE k.id = ?"_s);
    query.addBindValue(taskId);
    if (auto done = run(query, tr("Cannot read task %1").arg(taskId)); !done)
        return fail(done.error());
    if (!query.next())
        return fail(ErrorCode::NotFound, tr("There is no task %1.").arg(taskId));
    return readTask(query);
}

namespace {

/// What completing or mailing a task needs to know about it.
struct TaskState
{
    QString kind;
    qint64 leadId = 0;
    qint64 userId = 0;
    QString title;
    QString detail;
    qint64 doneAt = 0;
    qint64 enrolmentId = 0;
    int stepPosition = 0;
    QString enrolmentStatus;
    int enrolmentStep = 0;
    QString exitReason;
    QString sequenceName;
    QString subjectTemplate;
    QString bodyTemplate;
    bool hasStep = false;
    QString email;
    int emailState = 0;
    bool leadDeleted = false;
    QString leadName;
};

Result<TaskState> readTaskState(QSqlDatabase db, qint64 taskId)
{
    QSqlQuery query(db);
    query.prepare(
        u"SELECT k.kind, k.lead_id, k.user_id, k.title, k.detail, k.done_at, k.enrolment_id, "
        "k.step_position, e.status, e.step_position, e.exit_reason, q.name, p.subject, p.body, "
        "p.id IS NOT NULL, l.email, l.email_state, l.deleted_at IS NOT NULL, l.first_name, "
        "l.last_name, l.company "
        "FROM tasks k JOIN leads l ON l.id = k.lead_id "
        "LEFT JOIN enrolments e ON e.id = k.enrolment_id "
        "LEFT JOIN sequences q ON q.id = e.sequence_id "
        "LEFT JOIN sequence_steps p ON p.sequence_id = e.sequence_id "
        "AND p.position = k.step_position WHERE k.id = ?"_s);
    query.addBindValue(taskId);
    if (auto done = run(query, tr("Cannot read task %1").arg(taskId)); !done)
        return fail(done.error());
    if (!query.next())
        return fail(ErrorCode::NotFound, tr("There is no task %1.").arg(taskId));
    TaskState s;
    s.kind = query.value(0).toString();
    s.leadId = query.value(1).toLongLong();
    s.userId = query.value(2).toLongLong();
    s.title = query.value(3).toString();
    s.detail = query.value(4).toString();
    s.doneAt = query.value(5).isNull() ? 0 : query.value(5).toLongLong();
    s.enrolmentId = query.value(6).toLongLong();
    s.stepPosition = query.value(7).toInt();
    s.enrolmentStatus = query.value(8).toString();
    s.enrolmentStep = query.value(9).toInt();
    s.exitReason = query.value(10).toString();
    s.sequenceName = query.value(11).toString();
    s.subjectTemplate = query.value(12).toString();
    s.bodyTemplate = query.value(13).toString();
    s.hasStep = query.value(14).toInt() != 0;
    s.email = query.value(15).toString().trimmed();
    s.emailState = query.value(16).toInt();
    s.leadDeleted = query.value(17).toInt() != 0;
    s.leadName = displayName(query.value(18).toString(), query.value(19).toString(),
        query.value(20).toString(), s.email);
    return s;
}

/// Refuses work on a task of a deleted lead or of an enrolment that ended.
Status checkStillToDo(qint64 taskId, const TaskState &s)
{
    if (s.leadDeleted)
        return fail(ErrorCode::NotFound,
            tr("Task %1 is for lead %2, which is deleted; restore the lead first.")
                .arg(taskId)
                .arg(s.leadId));
    if (s.enrolmentId > 0 && s.enrolmentStatus != u"active"_s)
        return fail(ErrorCode::Invalid,
            tr("Task %1 is no longer to be done: lead %2 left the sequence \"%3\" (%4).")
                .arg(taskId)
                .arg(s.leadId)
                .arg(s.sequenceName,
                    s.exitReason.isEmpty() ? Enrolment::statusKey(Enrolment::Status::Completed)
                                           : s.exitReason));
    return {};
}

} // namespace

Result<Task> NurtureService::completeTask(qint64 taskId, const QString &actor, const QDateTime &at)
{
    const qint64 done = at.isValid() ? at.toMSecsSinceEpoch() : nowMs();
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto state = readTaskState(m_db, taskId);
    if (!state)
        return fail(state.error());
    if (state->doneAt > 0)
        return fail(ErrorCode::Invalid,
            tr("Task %1 is already done (%2).")
                .arg(taskId)
                .arg(utc(state->doneAt).toString(Qt::ISODate)));
    if (auto still = checkStillToDo(taskId, *state); !still)
        return fail(still.error());

    QSqlQuery mark(m_db);
    mark.prepare(u"UPDATE tasks SET done_at = ? WHERE id = ? AND done_at IS NULL"_s);
    mark.addBindValue(done);
    mark.addBindValue(taskId);
    if (auto ran = run(mark, tr("Cannot save task %1").arg(taskId)); !ran)
        return fail(ran.error());

    if (state->kind == u"email"_s) {
        auto values = mergeValues(state->leadId, state->userId);
        if (!values)
            return fail(values.error());
        Touchpoint touchpoint;
        touchpoint.leadId = state->leadId;
        touchpoint.type = u"email"_s;
        touchpoint.channel = u"Email"_s;
        touchpoint.at = utc(done);
        touchpoint.detail =
            oneLine(merge(state->hasStep ? state->subjectTemplate : state->title, *values));
        TouchpointService touchpoints(m_db);
        touchpoints.setActor(actor);
        if (auto logged = touchpoints.log(touchpoint); !logged)
            return fail(logged.error());
    }

    if (state->enrolmentId > 0 && state->enrolmentStep == state->stepPosition) {
        auto rows = dueRows(done, state->enrolmentId);
        if (!rows)
            return fail(rows.error());
        AdvanceResult ignored;
        QHash<qint64, QList<SequenceStep>> cache;
        for (const DueRow &row : std::as_const(*rows)) {
            if (auto processed = process(row, done, ignored, cache); !processed)
                return fail(processed.error());
        }
    }
    auto result = task(taskId);
    if (!result)
        return result;
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return result;
}

Result<RenderedEmail> NurtureService::renderEmail(qint64 taskId) const
{
    auto state = readTaskState(m_db, taskId);
    if (!state)
        return fail(state.error());
    if (state->kind != u"email"_s)
        return fail(ErrorCode::Invalid,
            tr("Task %1 is a %2 task, not an email.").arg(taskId).arg(state->kind));
    if (auto still = checkStillToDo(taskId, *state); !still)
        return fail(still.error());
    if (state->email.isEmpty())
        return fail(ErrorCode::Invalid,
            tr("Lead %1 has no email address; add one, or send it another way and mark task %2 "
               "done.")
                .arg(state->leadId)
                .arg(taskId),
            u"email"_s);
    if (state->emailState == 2)
        return fail(ErrorCode::Invalid,
            tr("Lead %1's email address \"%2\" is not valid; correct it first.")
                .arg(state->leadId)
                .arg(state->email),
            u"email"_s);
    auto values = mergeValues(state->leadId, state->userId);
    if (!values)
        return fail(values.error());
    RenderedEmail email;
    email.taskId = taskId;
    email.leadId = state->leadId;
    email.to = state->email;
    email.toName = state->leadName == state->email ? QString() : state->leadName;
    email.from = values->value(u"sender_email"_s);
    email.fromName = values->value(u"sender_name"_s);
    email.subject = oneLine(
        merge(state->hasStep ? state->subjectTemplate : state->title, *values, &email.missing));
    email.body = normalizeLineBreaks(
        merge(state->hasStep ? state->bodyTemplate : state->detail, *values, &email.missing));
    return email;
}

QString NurtureService::mailtoUrl(const RenderedEmail &email)
{
    QString url = u"mailto:"_s + QString::fromLatin1(QUrl::toPercentEncoding(email.to, "@"));
    QStringList fields;
    if (!email.subject.isEmpty())
        fields << u"subject="_s
                + QString::fromLatin1(QUrl::toPercentEncoding(oneLine(email.subject)));
    if (!email.body.isEmpty()) {
        QString body = normalizeLineBreaks(email.body);
        body.replace(u'\n', u"\r\n"_s);
        fields << u"body="_s + QString::fromLatin1(QUrl::toPercentEncoding(body));
    }
    if (!fields.isEmpty())
        url += u'?' + fields.join(u'&');
    return url;
}

QByteArray NurtureService::emlText(const RenderedEmail &email, const QDateTime &date)
{
    QByteArray out;
    const auto header = [&](const QByteArray &name, const QByteArray &value) {
        out += name + ": " + value + "\r\n";
    };
    if (!oneLine(email.from).isEmpty())
        header("From", mailbox(email.fromName, email.from));
    header("To", mailbox(email.toName, email.to));
    header("Subject", unstructured(7, oneLine(email.subject)));
    header("Date", rfc5322Date(date.isValid() ? date : QDateTime::currentDateTime()));
    header("MIME-Version", "1.0");
    header("Content-Type", "text/plain; charset=UTF-8");
    header("Content-Transfer-Encoding", "quoted-printable");
    header("X-Unsent", "1");
    out += "\r\n";
    out += quotedPrintable(email.body);
    return out;
}

Status NurtureService::writeEml(const RenderedEmail &email, const QString &path)
{
    const QByteArray text = emlText(email);
    return OutputFile::write(path, text);
}

} // namespace lf
