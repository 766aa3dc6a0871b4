#include "automationstatus.h"

#include "workflow/automationscheduler.h"

#include <QLocale>
#include <QThread>

using namespace Qt::StringLiterals;

namespace lf {

AutomationStatus::AutomationStatus(const Database &database, QWidget *parent)
    : QLabel(parent)
    , m_database(database)
{
    setObjectName(u"automationStatus"_s);
    setText(tr("Due work: not run yet"));
    setToolTip(tr("Leadflow runs the due work (first-contact deadlines, score decay, nurture "
                  "steps, reminders) every minute while it is open."));
}

AutomationStatus::~AutomationStatus()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_scheduler, &AutomationScheduler::stop,
        Qt::BlockingQueuedConnection); // after the pass that runs, if one does
    m_thread->quit();
    m_thread->wait();
    delete m_scheduler;
    delete m_thread;
}

void AutomationStatus::start(std::chrono::milliseconds interval)
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(u"lf-automation"_s);
    m_scheduler = new AutomationScheduler(m_database, interval);
    m_scheduler->moveToThread(m_thread);
    connect(m_scheduler, &AutomationScheduler::passFinished, this, &AutomationStatus::finished);
    connect(m_scheduler, &AutomationScheduler::passFailed, this, &AutomationStatus::failed);
    m_thread->start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_scheduler, &AutomationScheduler::start, Qt::QueuedConnection);
}

void AutomationStatus::finished(const AutomationReport &report)
{
    const QString at = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    setForegroundRole(QPalette::WindowText);
    if (report.skipped()) {
        setText(tr("Due work: done elsewhere (%1)").arg(at));
        setToolTip(report.summary());
        return;
    }
    m_last = report;
    setText(report.changedData() || report.remindersDue > 0 ? tr("Due work done at %1").arg(at)
                                                            : tr("Nothing due at %1").arg(at));
    setToolTip(tr("Last run at %1: %2\nLeadflow runs the due work every minute while it is open.")
                   .arg(at, report.summary()));
    emit passFinished(report);
    if (report.changedData())
        emit dataChanged();
    if (!report.reminders.isEmpty())
        emit remindersDue(report.reminders);
}

void AutomationStatus::failed(const QString &message)
{
    const QString at = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    setText(tr("Due work failed at %1").arg(at));
    setForegroundRole(QPalette::Highlight);
    setToolTip(tr("%1\nIt is tried again in a minute; nothing was lost.").arg(message));
}

} // namespace lf
