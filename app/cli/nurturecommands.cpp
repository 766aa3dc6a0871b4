// Nurture commands: sequences, enrol, tasks, mail.

#include "cli.h"
#include "io/fileguard.h"
#include "nurture/nurtureservice.h"
#include "routing/userservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lf::cli {

namespace {

const QCommandLineOption &nameOption()
{
    static const QCommandLineOption option(u"name"_s, tr("The sequence's name."), tr("name"));
    return option;
}

const QCommandLineOption &descriptionOption()
{
    static const QCommandLineOption option(
        u"description"_s, tr("What the sequence is for."), tr("text"));
    return option;
}

const QCommandLineOption &onNurturingOption()
{
    static const QCommandLineOption option(
        u"on-nurturing"_s, tr("Enrol leads by themselves when they enter Nurturing."));
    return option;
}

const QCommandLineOption &stepOption()
{
    static const QCommandLineOption option(u"step"_s,
        tr("A step, in order (repeat the option): wait:3 (days), email:Subject|Body, "
           "call:What the call is about[|notes]. Texts may use {{first_name}}, {{last_name}}, "
           "{{company}}, {{title}}, {{owner_name}}, {{owner_email}}, {{sender_name}}, with a "
           "fallback as {{first_name|there}}; \\n in a body is a line break."),
        tr("step"));
    return option;
}

const QCommandLineOption &fileOption()
{
    static const QCommandLineOption option(u"file"_s,
        tr("Read the steps from a JSON file: a list of steps, or a whole sequence as "
           "`sequences show --format json` writes it."),
        tr("file"));
    return option;
}

const QCommandLineOption &userOption()
{
    static const QCommandLineOption option(u"user"_s,
        tr("Only the tasks of this user (id, email address or name; \"none\" for tasks of "
           "leads without owner)."),
        tr("user"));
    return option;
}

const QCommandLineOption &dueOption()
{
    static const QCommandLineOption option(u"due"_s,
        tr("today: due today; overdue: due before today; open (default): every open task. "
           "Days are in this machine's time zone."),
        tr("when"), u"open"_s);
    return option;
}

const QCommandLineOption &emlOption()
{
    static const QCommandLineOption option(u"eml"_s,
        tr("Write the email to this .eml file (opens as a draft in most mail clients) instead "
           "of printing a mailto: URL."),
        tr("file"));
    return option;
}

QString actor()
{
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", u"local"_s));
}

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

void printJson(Context &ctx, const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    ctx.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

Result<qint64> parseTaskId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(
            ErrorCode::Invalid, tr("\"%1\" is not a task id (a positive number).").arg(text));
    return id;
}

/// Splits "Subject|Body" at the first | outside a {{placeholder|fallback}}.
qsizetype separatorIndex(const QString &text)
{
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.mid(i, 2) == u"{{"_s) {
            ++depth;
            ++i;
        } else if (text.mid(i, 2) == u"}}"_s && depth > 0) {
            --depth;
            ++i;
        } else if (text[i] == u'|' && depth == 0) {
            return i;
        }
    }
    return -1;
}

/// "wait:3", "email:Subject|Body", "call:Text[|notes]".
Result<SequenceStep> parseStep(const QString &text)
{
    const QString usage = tr("\"%1\" is not a step; write wait:3, email:Subject|Body or "
                             "call:What the call is about.")
                              .arg(text);
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return fail(ErrorCode::Invalid, usage);
    const auto kind = SequenceStep::kindFromString(text.left(colon));
    if (!kind)
        return fail(ErrorCode::Invalid, usage);
    SequenceStep step;
    step.kind = *kind;
    const QString rest = text.mid(colon + 1);
    if (step.kind == SequenceStep::Kind::Wait) {
        bool ok = false;
        step.waitDays = rest.trimmed().toInt(&ok);
        if (!ok)
            return fail(ErrorCode::Invalid,
                tr("\"%1\": a wait is a whole number of days, as in wait:3.").arg(text));
        return step;
    }
    const qsizetype bar = separatorIndex(rest);
    if (step.kind == SequenceStep::Kind::Email && bar < 0)
        return fail(ErrorCode::Invalid,
            tr("\"%1\": an email step is written email:Subject|Body.").arg(text));
    step.subject = bar < 0 ? rest : rest.left(bar);
    step.body = bar < 0 ? QString() : rest.mid(bar + 1);
    step.body.replace(u"\\n"_s, u"\n"_s);
    return step;
}

Result<Sequence> sequenceFromFile(const QString &path)
{
    const auto bytes = FileGuard::readAll(path);
    if (!bytes)
        return fail(bytes.error());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (document.isNull()) {
        Error error {ErrorCode::Parse,
            tr("%1 is not JSON (%2 at byte %3).")
                .arg(path, parseError.errorString())
                .arg(parseError.offset),
            path, 0, 0, {}, {}};
        return fail(error);
    }
    auto sequence = Sequence::fromJson(
        document.isArray() ? QJsonObject {{u"steps"_s, document.array()}} : document.object());
    if (!sequence) {
        Error error = sequence.error();
        error.file = path;
        return fail(error);
    }
    return sequence;
}

QJsonObject sequenceJson(const Sequence &sequence)
{
    QJsonObject object = sequence.toJson();
    object.insert(u"id"_s, sequence.id);
    object.insert(u"created_at"_s, iso(sequence.createdAt));
    object.insert(u"enrolments"_s,
        QJsonObject {{u"active"_s, sequence.activeEnrolments},
            {u"completed"_s, sequence.completedEnrolments},
            {u"exited"_s, sequence.exitedEnrolments}});
    return object;
}

// --- sequences --------------------------------------------------------------------------------

int addSequence(Context &ctx, NurtureService &service)
{
    Sequence sequence;
    const QStringList steps = ctx.parser.values(stepOption());
    if (ctx.parser.isSet(fileOption())) {
        if (!steps.isEmpty())
            return ctx.error(tr("Give the steps with --step or with --file, not both."), Usage);
        auto read = sequenceFromFile(ctx.parser.value(fileOption()));
        if (!read)
            return ctx.error(read.error());
        sequence = *read;
    }
    for (const QString &text : steps) {
        auto step = parseStep(text);
        if (!step)
            return ctx.error(step.error());
        sequence.steps << *step;
    }
    if (ctx.parser.isSet(nameOption()))
        sequence.name = ctx.parser.value(nameOption());
    if (ctx.parser.isSet(descriptionOption()))
        sequence.description = ctx.parser.value(descriptionOption());
    if (ctx.parser.isSet(onNurturingOption()))
        sequence.enrolOnNurturing = true;
    if (sequence.name.trimmed().isEmpty())
        return ctx.error(tr("sequences add needs --name."), Usage);
    if (sequence.steps.isEmpty())
        return ctx.error(
            tr("sequences add needs steps: --step wait:3 --step \"email:Subject|Body\" "
               "..., or --file steps.json."),
            Usage);
    if (auto writable = ctx.database->ensureWritable(); !writable)
        return ctx.error(writable.error());
    auto created = service.createSequence(sequence);
    if (!created)
        return ctx.error(created.error());
    ctx.out << tr("Created sequence %1 \"%2\" with %3 steps.")
                   .arg(created->id)
                   .arg(created->name)
                   .arg(created->steps.size());
    if (created->enrolOnNurturing)
        ctx.out << ' ' << tr("Leads that enter Nurturing are enrolled by themselves.");
    ctx.out << '\n';
    return Success;
}

int showSequence(Context &ctx, NurtureService &service, Format format)
{
    if (ctx.arguments.size() != 2)
        return ctx.error(tr("sequences show needs a sequence name or id."), Usage);
    auto sequence = service.sequence(ctx.arguments[1]);
    if (!sequence)
        return ctx.error(sequence.error());
    if (format == Format::Json) {
        printJson(ctx, sequenceJson(*sequence));
        return Success;
    }
    if (format == Format::Csv) {
        QList<QStringList> rows;
        for (const SequenceStep &step : std::as_const(sequence->steps))
            rows << QStringList {QString::number(step.position), SequenceStep::kindKey(step.kind),
                step.kind == SequenceStep::Kind::Wait ? QString::number(step.waitDays) : QString(),
                step.subject, step.body};
        printRows(ctx.out, format,
            {u"position"_s, u"kind"_s, u"wait_days"_s, u"subject"_s, u"body"_s}, rows);
        return Success;
    }
    ctx.out << tr("Sequence %1: %2").arg(sequence->id).arg(sequence->name) << '\n';
    if (!sequence->description.isEmpty())
        ctx.out << sequence->description << '\n';
    ctx.out << tr("Enrols leads that enter Nurturing: %1")
                   .arg(sequence->enrolOnNurturing ? tr("yes") : tr("no"))
            << '\n'
            << tr("Takes new leads: %1").arg(sequence->active ? tr("yes") : tr("no")) << '\n'
            << tr("Enrolments: %1 in progress, %2 completed, %3 ended early")
                   .arg(sequence->activeEnrolments)
                   .arg(sequence->completedEnrolments)
                   .arg(sequence->exitedEnrolments)
            << '\n'
            << tr("Steps:") << '\n';
    for (const SequenceStep &step : std::as_const(sequence->steps)) {
        ctx.out << u"  %1. "_s.arg(step.position) << step.summary() << '\n';
        if (!step.body.isEmpty()) {
            for (const QString &line : step.body.split(u'\n'))
                ctx.out << u"       "_s << line << '\n';
        }
    }
    return Success;
}

int runSequences(Context &ctx)
{
    const auto format = parseFormat(ctx);
    if (!format)
        return Usage;
    const QString action = ctx.arguments.value(0, u"list"_s);
    if (action != u"list"_s && action != u"add"_s && action != u"show"_s)
        return ctx.error(
            tr("Unknown sequences action \"%1\"; use list, add or show.").arg(action), Usage);
    if (action == u"list"_s && ctx.arguments.size() > 1)
        return ctx.error(tr("sequences list takes no arguments."), Usage);
    if (action == u"add"_s && ctx.arguments.size() > 1)
        return ctx.error(tr("sequences add takes its steps as --step options (quote each one); "
                            "unexpected \"%1\".")
                             .arg(ctx.arguments[1]),
            Usage);
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    NurtureService service(ctx.database->connection());
    if (action == u"add"_s)
        return addSequence(ctx, service);
    if (action == u"show"_s)
        return showSequence(ctx, service, *format);

    auto sequences = service.listSequences();
    if (!sequences)
        return ctx.error(sequences.error());
    if (*format == Format::Json) {
        QJsonArray array;
        for (const Sequence &sequence : std::as_const(*sequences))
            array.append(sequenceJson(sequence));
        printJson(ctx, array);
        return Success;
    }
    QList<QStringList> rows;
    for (const Sequence &s : std::as_const(*sequences))
        rows << QStringList {QString::number(s.id), s.name, QString::number(s.steps.size()),
            s.enrolOnNurturing ? tr("yes") : tr("no"), s.active ? tr("yes") : tr("no"),
            QString::number(s.activeEnrolments), QString::number(s.completedEnrolments),
            QString::number(s.exitedEnrolments), s.description};
    printRows(ctx.out, *format,
        {u"id"_s, u"name"_s, u"steps"_s, u"on_nurturing"_s, u"active"_s, u"in_progress"_s,
            u"completed"_s, u"exited"_s, u"description"_s},
        rows);
    return Success;
}

// --- enrol ------------------------------------------------------------------------------------

const QCommandLineOption &enrolAtOption()
{
    static const QCommandLineOption option(u"at"_s,
        tr("When the enrolment starts: step 1 is due then (ISO 8601; default now)."), tr("time"));
    return option;
}

int runEnrol(Context &ctx)
{
    if (ctx.arguments.size() != 2)
        return ctx.error(tr("enrol needs a lead id and a sequence (name or id)."), Usage);
    auto id = parseId(ctx.arguments[0]);
    if (!id)
        return ctx.error(id.error());
    QDateTime at;
    if (ctx.parser.isSet(enrolAtOption())) {
        auto value =
            LeadService::parseValue(LeadField::CreatedAt, ctx.parser.value(enrolAtOption()));
        if (!value || value->isNull())
            return ctx.error(tr("--at must be a date or time in ISO 8601 form, not \"%1\".")
                                 .arg(ctx.parser.value(enrolAtOption())),
                Usage);
        at = QDateTime::fromMSecsSinceEpoch(value->toLongLong(), Qt::UTC);
    }
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    if (auto writable = ctx.database->ensureWritable(); !writable)
        return ctx.error(writable.error());
    NurtureService service(ctx.database->connection());
    auto enrolment = service.enrol(*id, ctx.arguments[1], actor(), at);
    if (!enrolment)
        return ctx.error(enrolment.error());
    auto sequence = service.sequence(QString::number(enrolment->sequenceId));
    if (!sequence)
        return ctx.error(sequence.error());
    ctx.out << (at.isValid()
            ? tr("Enrolled lead %1 in \"%2\" (enrolment %3); step 1, %4, is due "
                 "%5.")
                  .arg(*id)
                  .arg(sequence->name)
                  .arg(enrolment->id)
                  .arg(sequence->steps.value(0).summary(), at.toString(Qt::ISODate))
            : tr("Enrolled lead %1 in \"%2\" (enrolment %3); step 1, %4, is due "
                 "now.")
                  .arg(*id)
                  .arg(sequence->name)
                  .arg(enrolment->id)
                  .arg(sequence->steps.value(0).summary()))
            << '\n';
    return Success;
}

// --- tasks ------------------------------------------------------------------------------------

/// What happened to a task's enrolment, in one sentence.
QString enrolmentState(NurtureService &service, const Task &task)
{
    if (task.enrolmentId == 0)
        return {};
    auto enrolments = service.enrolments(task.leadId);
    if (!enrolments)
        return {};
    for (const Enrolment &e : std::as_const(*enrolments)) {
        if (e.id != task.enrolmentId)
            continue;
        switch (e.status) {
        case Enrolment::Status::Active:
            return tr("Lead %1 is at step %2 of \"%3\", due %4.")
                .arg(e.leadId)
                .arg(e.stepPosition)
                .arg(e.sequenceName, iso(e.nextDueAt));
        case Enrolment::Status::Completed:
            return tr("Lead %1 completed \"%2\".").arg(e.leadId).arg(e.sequenceName);
        case Enrolment::Status::Exited:
            return tr("Lead %1 left \"%2\" (%3).").arg(e.leadId).arg(e.sequenceName, e.exitReason);
        }
    }
    return {};
}

int completeTask(Context &ctx, NurtureService &service, qint64 id)
{
    auto done = service.completeTask(id, actor());
    if (!done)
        return ctx.error(done.error());
    ctx.out << tr("Task %1 done.").arg(id);
    if (done->kind == Task::Kind::Email)
        ctx.out << ' ' << tr("Logged the email on lead %1.").arg(done->leadId);
    const QString state = enrolmentState(service, *done);
    if (!state.isEmpty())
        ctx.out << ' ' << state;
    ctx.out << '\n';
    return Success;
}

int runTasks(Context &ctx)
{
    const auto format = parseFormat(ctx);
    if (!format)
        return Usage;
    if (!ctx.arguments.isEmpty()) {
        if (ctx.arguments[0] != u"done"_s)
            return ctx.error(tr("Unknown tasks action \"%1\"; use tasks [--user U] [--due "
                                "today|overdue] or tasks done TASK_ID.")
                                 .arg(ctx.arguments[0]),
                Usage);
        if (ctx.arguments.size() != 2)
            return ctx.error(tr("tasks done needs one task id."), Usage);
        auto id = parseTaskId(ctx.arguments[1]);
        if (!id)
            return ctx.error(id.error());
        if (int code = openDatabase(ctx, false); code != Success)
            return code;
        if (auto writable = ctx.database->ensureWritable(); !writable)
            return ctx.error(writable.error());
        NurtureService service(ctx.database->connection());
        return completeTask(ctx, service, *id);
    }

    const QString due = ctx.parser.value(dueOption()).toLower();
    NurtureService::TaskFilter filter = NurtureService::TaskFilter::Open;
    if (due == u"today"_s)
        filter = NurtureService::TaskFilter::DueToday;
    else if (due == u"overdue"_s)
        filter = NurtureService::TaskFilter::Overdue;
    else if (due != u"open"_s)
        return ctx.error(tr("--due takes today, overdue or open, not \"%1\".").arg(due), Usage);
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    NurtureService service(ctx.database->connection());
    qint64 user = 0;
    if (ctx.parser.isSet(userOption())) {
        const QString name = ctx.parser.value(userOption());
        if (name.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
            user = NurtureService::Unassigned;
        } else {
            auto found = UserService(ctx.database->connection()).find(name);
            if (!found)
                return ctx.error(found.error());
            user = found->id;
        }
    }
    const QDateTime now = QDateTime::currentDateTime();
    // Steps that fell due become tasks first. A read-only database shows the tasks as they are.
    if (!ctx.database->isReadOnly()) {
        if (auto advanced = service.advance(now); !advanced)
            return ctx.error(advanced.error());
    }
    auto tasks = service.tasks(user, filter, now);
    if (!tasks)
        return ctx.error(tasks.error());
    if (*format == Format::Json) {
        QJsonArray array;
        for (const Task &t : std::as_const(*tasks))
            array.append(QJsonObject {{u"id"_s, t.id}, {u"due_at"_s, iso(t.dueAt)},
                {u"kind"_s, Task::kindKey(t.kind)}, {u"lead_id"_s, t.leadId},
                {u"lead"_s, t.leadName},
                {u"user_id"_s, t.userId > 0 ? QJsonValue(t.userId) : QJsonValue()},
                {u"user"_s, t.userName}, {u"title"_s, t.title}, {u"detail"_s, t.detail},
                {u"sequence"_s, t.sequenceName},
                {u"step"_s, t.enrolmentId > 0 ? QJsonValue(t.stepPosition) : QJsonValue()}});
        printJson(ctx, array);
        return Success;
    }
    if (*format == Format::Table && tasks->isEmpty()) {
        ctx.out << tr("No tasks.") << '\n';
        return Success;
    }
    QList<QStringList> rows;
    for (const Task &t : std::as_const(*tasks))
        rows << QStringList {QString::number(t.id), iso(t.dueAt), Task::kindKey(t.kind),
            QString::number(t.leadId), t.leadName, t.userName, t.title, t.sequenceName};
    printRows(ctx.out, *format,
        {u"id"_s, u"due"_s, u"kind"_s, u"lead"_s, u"name"_s, u"user"_s, u"title"_s, u"sequence"_s},
        rows);
    return Success;
}

// --- mail -------------------------------------------------------------------------------------

int runMail(Context &ctx)
{
    if (ctx.arguments.size() != 1)
        return ctx.error(tr("mail needs one task id."), Usage);
    auto id = parseTaskId(ctx.arguments[0]);
    if (!id)
        return ctx.error(id.error());
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    if (auto writable = ctx.database->ensureWritable(); !writable)
        return ctx.error(writable.error());
    NurtureService service(ctx.database->connection());
    auto current = service.task(*id);
    if (!current)
        return ctx.error(current.error());
    if (current->doneAt.isValid())
        return ctx.error(
            tr("Task %1 is already done (%2).").arg(*id).arg(iso(current->doneAt)), Usage);
    auto email = service.renderEmail(*id);
    if (!email)
        return ctx.error(email.error());
    for (const QString &name : std::as_const(email->missing))
        ctx.err << "leadflow-cli: "
                << tr("warning: lead %1 has no value for {{%2}}; it was left empty.")
                       .arg(email->leadId)
                       .arg(name)
                << '\n';
    if (ctx.parser.isSet(emlOption())) {
        const QString path = ctx.parser.value(emlOption());
        if (auto written = NurtureService::writeEml(*email, path); !written)
            return ctx.error(written.error());
        ctx.out << tr("Wrote %1 (to %2, subject \"%3\").").arg(path, email->to, email->subject)
                << '\n';
    } else {
        const QString url = NurtureService::mailtoUrl(*email);
        if (url.size() > 2000)
            ctx.err << "leadflow-cli: "
                    << tr("warning: the URL is %1 characters long; some mail clients cut long "
                          "mailto: links (--eml writes a file instead).")
                           .arg(url.size())
                    << '\n';
        ctx.out << url << '\n';
    }
    ctx.err.flush();
    return completeTask(ctx, service, *id);
}

} // namespace

QList<Command> nurtureCommands()
{
    return {
        {u"sequences"_s, tr("list|add|show [NAME|ID]"),
            tr("Nurture sequences: sequences add --name N --step wait:3 --step "
               "\"email:Subject|Body\" --step \"call:Text\""),
            [](QCommandLineParser &parser) {
                parser.addOptions({nameOption(), descriptionOption(), onNurturingOption(),
                    stepOption(), fileOption(), formatOption()});
            },
            runSequences},
        {u"enrol"_s, tr("ID SEQUENCE"), tr("Enrol a lead in a nurture sequence by hand."),
            [](QCommandLineParser &parser) { parser.addOption(enrolAtOption()); }, runEnrol},
        {u"tasks"_s, tr("[done TASK_ID]"),
            tr("Open tasks (after running the steps that fell due), or mark one done."),
            [](QCommandLineParser &parser) {
                parser.addOptions({userOption(), dueOption(), formatOption()});
            },
            runTasks},
        {u"mail"_s, tr("TASK_ID"),
            tr("An email task as a mailto: URL (first line) or an .eml file (--eml); then marks "
               "it done and logs the email."),
            [](QCommandLineParser &parser) { parser.addOption(emlOption()); }, runMail},
    };
}

} // namespace lf::cli
