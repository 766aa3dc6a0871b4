#include "automationscheduler.h"

#include "automationlock.h"
#include "automationpass.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace lf {

AutomationScheduler::AutomationScheduler(
    const Database &database, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_runner(AutomationLock::defaultRunner())
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<lf::AutomationReport>();
    m_timer->setInterval(interval);
    m_timer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &AutomationScheduler::runNow);
}

AutomationScheduler::~AutomationScheduler() = default;

void AutomationScheduler::start()
{
    m_timer->start();
    runNow();
}

void AutomationScheduler::stop()
{
    m_timer->stop();
}

void AutomationScheduler::runNow()
{
    if (m_running)
        return; // a pass asked for while one runs (a nested event loop): the next tick does it
    m_running = true;
    auto connection = Connection::open(m_database, u"automation"_s);
    if (!connection) {
        m_running = false;
        emit passFailed(connection.error().toString());
        return;
    }
    Result<AutomationReport> report = AutomationReport {};
    {
        AutomationPass pass((*connection)->sql());
        pass.setRunner(m_runner);
        if (!m_actor.isEmpty())
            pass.setActor(m_actor);
        report = pass.run();
    } // the pass's handles on the connection end before the connection closes
    connection->reset();
    m_running = false;
    if (!report)
        emit passFailed(report.error().toString());
    else
        emit passFinished(*report);
}

} // namespace lf
