// leadflow-server: runs the lead process's due work on one database by itself, on a schedule,
// without a display. Thin: options, signals and log lines; the work is lf::AutomationScheduler's.

#include "storage/database.h"
#include "workflow/automationscheduler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("leadflow-server", text);
}

QTextStream &log()
{
    static QTextStream out(stdout);
    out << QDateTime::currentDateTime().toString(Qt::ISODate) << u' ';
    return out;
}

/// SIGTERM and SIGINT end the event loop after the pass that runs (the pass itself is never cut).
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(signalPipe[0], &byte, 1);
        log() << tr("Stopping.") << Qt::endl;
        app.quit();
    });
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"Leadflow"_s);
    QCoreApplication::setOrganizationName(u"Leadflow"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADFLOW_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs Leadflow's due work on one database every interval: SLA breaches and "
           "escalations, engagement decay, nurture steps, recycled leads, reminders."));
    const QCommandLineOption dbOption(u"db"_s,
        tr("The database file (default: $LEADFLOW_DB, else the desktop app's database)."),
        tr("file"));
    const QCommandLineOption intervalOption(u"interval"_s,
        tr("Seconds between passes (default 60, at least 1)."), tr("seconds"), u"60"_s);
    const QCommandLineOption onceOption(u"once"_s, tr("Run one pass and exit."));
    const QCommandLineOption forOption(u"for"_s,
        tr("Stop after this many seconds (default: run until SIGTERM or SIGINT)."), tr("seconds"));
    const QCommandLineOption verboseOption(
        u"verbose"_s, tr("Log every pass, also those that found nothing due."));
    parser.addOptions({dbOption, intervalOption, onceOption, forOption, verboseOption});
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    QTextStream err(stderr);
    bool ok = false;
    const int interval = parser.value(intervalOption).toInt(&ok);
    if (!ok || interval < 1) {
        err << "leadflow-server: " << tr("--interval must be a whole number of seconds, 1 or more.")
            << Qt::endl;
        return 2;
    }
    int lifetime = 0;
    if (parser.isSet(forOption)) {
        lifetime = parser.value(forOption).toInt(&ok);
        if (!ok || lifetime < 1) {
            err << "leadflow-server: " << tr("--for must be a whole number of seconds, 1 or more.")
                << Qt::endl;
            return 2;
        }
    }
    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = qEnvironmentVariable("LEADFLOW_DB", lf::Database::defaultPath());
    lf::Database::Options options;
    options.create = false;
    auto database = lf::Database::open(path, options);
    if (!database) {
        err << "leadflow-server: " << database.error().toString() << Qt::endl;
        return 1;
    }
    if (auto writable = (*database)->ensureWritable(); !writable) {
        err << "leadflow-server: " << writable.error().toString() << Qt::endl;
        return 1;
    }

    lf::AutomationScheduler scheduler(**database, std::chrono::seconds(interval));
    int failures = 0;
    QObject::connect(&scheduler, &lf::AutomationScheduler::passFinished, &app,
        [&](const lf::AutomationReport &report) {
            failures = 0;
            if (parser.isSet(onceOption))
                app.quit();
            if (!report.changedData() && report.remindersDue == 0 && !parser.isSet(verboseOption)
                && !parser.isSet(onceOption))
                return;
            log() << report.summary() << u" ("_s << report.elapsedMs << u" ms)"_s << Qt::endl;
            for (const lf::Reminder &r : report.reminders)
                log() << tr("Due: %1 (%2), %3")
                             .arg(r.title, r.leadName,
                                 r.userName.isEmpty() ? tr("nobody's task") : r.userName)
                      << Qt::endl;
            if (report.remindersDue > report.reminders.size())
                log() << tr("… and %1 more tasks came due.")
                             .arg(report.remindersDue - report.reminders.size())
                      << Qt::endl;
        });
    QObject::connect(
        &scheduler, &lf::AutomationScheduler::passFailed, &app, [&](const QString &message) {
            ++failures;
            log() << tr("The pass failed; it runs again at the next interval: %1").arg(message)
                  << Qt::endl;
            if (parser.isSet(onceOption))
                app.exit(1);
        });
    quitOnSignals(app);
    if (lifetime > 0)
        QTimer::singleShot(std::chrono::seconds(lifetime), &app, &QCoreApplication::quit);
    log() << tr("Running the due work of %1 every %2 s.")
                 .arg(QDir::toNativeSeparators((*database)->path()))
                 .arg(interval)
          << Qt::endl;
    QTimer::singleShot(0, &scheduler, &lf::AutomationScheduler::start);
    const int code = app.exec();
    scheduler.stop();
    return code != 0 ? code : (failures > 0 && parser.isSet(onceOption) ? 1 : 0);
}
