// leadflow-cli automation: run the time-driven work of the lead process once (what leadflow-server
// and the GUI do every minute), or show when it last ran.

#include "cli.h"
#include "leads/leadservice.h"
#include "workflow/automationlock.h"
#include "workflow/automationpass.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lf::cli {

namespace {

const QCommandLineOption &nowOption()
{
    static const QCommandLineOption option(u"now"_s,
        tr("Run what is due at this moment instead of the clock's (ISO 8601, e.g. "
           "2026-11-23T09:00:00Z): replays a day for a test or a catch-up."),
        tr("time"));
    return option;
}

Result<QDateTime> parseNow(const QCommandLineParser &parser)
{
    if (!parser.isSet(nowOption()))
        return QDateTime::currentDateTimeUtc();
    const QString text = parser.value(nowOption());
    auto value = LeadService::parseValue(LeadField::CreatedAt, text);
    if (!value || value->isNull())
        return fail(ErrorCode::Invalid,
            tr("--now must be a date or time in ISO 8601 form (2026-11-23 or "
               "2026-11-23T09:00:00Z), not \"%1\".")
                .arg(text),
            u"--now"_s);
    return QDateTime::fromMSecsSinceEpoch(value->toLongLong(), Qt::UTC);
}

void printReport(Context &ctx, const AutomationReport &report, Format format)
{
    if (format == Format::Json) {
        ctx.out << QString::fromUtf8(
            QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
        return;
    }
    const QLocale locale;
    ctx.out << tr("Automation at %1: %2")
                   .arg(locale.toString(report.clock.toLocalTime(), QLocale::ShortFormat),
                       report.summary())
            << '\n';
    for (const Reminder &r : report.reminders)
        ctx.out << tr("  due %1: %2 (%3)%4")
                       .arg(locale.toString(r.dueAt.toLocalTime(), QLocale::ShortFormat), r.title,
                           r.leadName,
                           r.userName.isEmpty() ? tr(", nobody's task") : u", "_s + r.userName)
                << '\n';
    if (report.remindersDue > report.reminders.size())
        ctx.out << tr("  … and %1 more (leadflow-cli tasks lists them all)")
                       .arg(report.remindersDue - report.reminders.size())
                << '\n';
}

int runAutomationPass(Context &ctx, Format format)
{
    auto now = parseNow(ctx.parser);
    if (!now)
        return ctx.error(now.error());
    // The pass finishes owed work itself, at --now.
    if (int code = openDatabase(ctx, false, false); code != Success)
        return code;
    AutomationPass pass(ctx.database->connection());
    auto report = pass.run(*now);
    if (!report)
        return ctx.error(report.error());
    printReport(ctx, *report, format);
    return Success;
}

int printStatus(Context &ctx, Format format)
{
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    QSqlDatabase db = ctx.database->connection();
    auto last = AutomationPass::lastRun(db);
    if (!last)
        return ctx.error(last.error());
    auto holder = AutomationLock::holder(db);
    if (!holder)
        return ctx.error(holder.error());
    const bool running =
        *holder && !AutomationLock::isStale(**holder, QDateTime::currentDateTimeUtc());
    if (format == Format::Json) {
        QJsonObject object {{u"running"_s, running}};
        if (running)
            object.insert(u"runner"_s, (*holder)->runner);
        if (*last) {
            QJsonObject lastObject = (*last)->report.toJson();
            lastObject.insert(u"runner"_s, (*last)->runner);
            lastObject.insert(u"started_at"_s, (*last)->startedAt.toString(Qt::ISODateWithMs));
            lastObject.insert(u"finished_at"_s,
                (*last)->finishedAt.isValid()
                    ? QJsonValue((*last)->finishedAt.toString(Qt::ISODateWithMs))
                    : QJsonValue());
            if (!(*last)->error.isEmpty())
                lastObject.insert(u"error"_s, (*last)->error);
            object.insert(u"last"_s, lastObject);
        }
        ctx.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Success;
    }
    const QLocale locale;
    if (running)
        ctx.out << tr("A pass is running now (%1).").arg((*holder)->runner) << '\n';
    if (!*last) {
        ctx.out << tr("No automation pass has run on this database yet.") << '\n';
        return Success;
    }
    const auto &run = **last;
    const QString started = locale.toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
    if (!run.finishedAt.isValid() && running && run.runner == (*holder)->runner)
        ctx.out << tr("It started %1 and has not finished yet.").arg(started) << '\n';
    else if (!run.finishedAt.isValid())
        ctx.out << tr("The last pass (%1, by %2) did not finish%3; the next pass does its work.")
                       .arg(started, run.runner,
                           run.error.isEmpty() ? QString() : u": "_s + run.error)
                << '\n';
    else
        ctx.out << tr("Last pass %1 by %2 (for %3, %4 ms): %5")
                       .arg(started, run.runner,
                           locale.toString(run.report.clock.toLocalTime(), QLocale::ShortFormat))
                       .arg(run.report.elapsedMs)
                       .arg(run.report.summary())
                << '\n';
    return Success;
}

int runAutomation(Context &ctx)
{
    const auto format = parseFormat(ctx);
    if (!format)
        return Usage;
    if (ctx.arguments.size() != 1
        || (ctx.arguments[0] != u"run"_s && ctx.arguments[0] != u"status"_s))
        return ctx.error(tr("automation needs run or status: automation run [--now TIME]."), Usage);
    if (ctx.arguments[0] == u"status"_s) {
        if (ctx.parser.isSet(nowOption()))
            return ctx.error(tr("--now goes with automation run, not status."), Usage);
        return printStatus(ctx, *format);
    }
    return runAutomationPass(ctx, *format);
}

} // namespace

QList<Command> automationCommands()
{
    return {
        {u"automation"_s, tr("run|status"),
            tr("Run everything due now (SLA breaches, decay, nurture steps, reminders) or show "
               "the last pass: automation run --now 2026-11-23T09:00:00Z"),
            [](QCommandLineParser &parser) {
                parser.addOptions({nowOption(), formatOption()});
            },
            runAutomation},
    };
}

} // namespace lf::cli
