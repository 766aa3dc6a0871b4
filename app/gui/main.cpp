// leadflow: the desktop GUI. Opens the database named by --db (or the default one), asks a new
// user once how to start, and shows the main window.

#include "firstrundialog.h"
#include "icons.h"
#include "io/progress.h"
#include "io/sampledata.h"
#include "leads/leadservice.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QThread>
#include <QTranslator>

#include <climits>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

/// Loads the sample leads on a worker thread (which opens its own connection) while a progress
/// dialog shows how far it got and lets the user cancel.
lf::Result<qint64> loadSampleLeads(lf::Database &database)
{
    QProgressDialog dialog(tr("Loading the sample leads…"), tr("Cancel"), 0, 0);
    dialog.setWindowTitle(tr("Leadflow"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);

    lf::Progress progress;
    // Runs on the worker thread: hands the figures to the dialog on the GUI thread.
    progress.report = [&dialog](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            &dialog,
            [&dialog, done, total] {
                const qint64 scale = qMax<qint64>(1, total / INT_MAX + 1);
                dialog.setMaximum(total < 0 ? 0 : int(total / scale));
                dialog.setValue(int(done / scale));
            },
            Qt::QueuedConnection);
    };
    QObject::connect(
        &dialog, &QProgressDialog::canceled, [&progress] { progress.cancelled = true; });

    lf::Result<qint64> result = 0;
    QThread *worker = QThread::create([&] {
        // >>> Wiring point: the one call into core/io that loads the sample leads. <<<
        result = lf::loadSampleLeads(database, progress);
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    dialog.show();
    loop.exec();
    worker->wait();
    delete worker;
    return result;
}

/// Installs the translations of Leadflow and of Qt itself for the language chosen on the command
/// line, else in the settings (View > Language), else the system's.
void installTranslations(QApplication &app, const QString &override)
{
    QString chosen = override;
    if (chosen.isEmpty())
        chosen = QSettings().value(lf::MainWindow::LanguageKey).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new lf::LeadflowTranslator(&app);
    if (ours->loadFor(locale))
        QCoreApplication::installTranslator(ours);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Leadflow"_s);
    QApplication::setApplicationName(u"Leadflow"_s);
    QApplication::setApplicationDisplayName(tr("Leadflow"));
    QApplication::setWindowIcon(lf::icon(lf::IconKind::Application));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Leadflow: a lead manager for small-business sales teams."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s,
        tr("Open the database at <path> (default: %1).")
            .arg(QDir::toNativeSeparators(lf::Database::defaultPath())),
        tr("path"), lf::Database::defaultPath());
    parser.addOption(dbOption);
    const QCommandLineOption languageOption(u"lang"_s,
        tr("Use the language <code> (en, de, fr) instead of the system's or the one chosen in "
           "View > Language."),
        tr("code"));
    parser.addOption(languageOption);
    parser.process(app);
    installTranslations(app, parser.value(languageOption));
    lf::applyTheme(QSettings().value(lf::MainWindow::ThemeKey, u"system"_s).toString());

    const QString path = QFileInfo(parser.value(dbOption)).absoluteFilePath();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        QMessageBox::critical(nullptr, tr("Leadflow"),
            tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(folder)));
        return 1;
    }

    lf::Result<std::unique_ptr<lf::Database>> opened = lf::Database::open(path);
    if (!opened) {
        QMessageBox::critical(nullptr, tr("Leadflow"),
            tr("Leadflow cannot open this database.\n\n%1").arg(opened.error().toString()));
        return 1;
    }
    lf::Database &database = **opened;
    if (database.isReadOnly()) {
        QMessageBox::warning(nullptr, tr("Leadflow"),
            tr("The database %1 is open read-only, so leads can be looked at but "
               "not changed.\n\n%2")
                .arg(QDir::toNativeSeparators(path), database.readOnlyReason()));
    }

    lf::LeadService service(database.connection());

    const lf::Result<qint64> leadCount = service.count(lf::LeadQuery());
    if (!database.isReadOnly() && leadCount && lf::FirstRunDialog::shouldAsk(*leadCount)) {
        lf::FirstRunDialog firstRun(true);
        firstRun.exec();
        lf::FirstRunDialog::rememberAsked();
        if (firstRun.choice() == lf::FirstRunDialog::Choice::LoadSample) {
            const lf::Result<qint64> loaded = loadSampleLeads(database);
            if (!loaded && loaded.error().code != lf::ErrorCode::Cancelled) {
                QMessageBox::warning(nullptr, tr("Leadflow"),
                    tr("The sample leads could not be loaded.\n\n%1")
                        .arg(loaded.error().toString()));
            }
        }
    }

    lf::MainWindow window(database);
    window.show();
    window.startAutomation(std::chrono::minutes(1));
    return app.exec();
}
