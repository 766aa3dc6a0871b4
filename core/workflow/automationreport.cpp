#include "automationreport.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("AutomationReport", text, nullptr, n);
}

/// The counters: JSON name, member, and the summary's words for one and for several, in the order
/// the summary tells them. English needs both forms written out: without a translation loaded,
/// "%n task(s)" is what a person would read.
struct Counter
{
    const char *key;
    qint64 AutomationReport::*member;
    const char *one;
    const char *many;
};

const Counter counters[] = {
    {"rescored", &AutomationReport::rescored,
        QT_TRANSLATE_NOOP("AutomationReport", "%n lead score changed"),
        QT_TRANSLATE_NOOP("AutomationReport", "%n lead scores changed")},
    {"promoted", &AutomationReport::promoted, QT_TRANSLATE_NOOP("AutomationReport", "%n new MQL"),
        QT_TRANSLATE_NOOP("AutomationReport", "%n new MQLs")},
    {"nurture_returned", &AutomationReport::nurtureReturned,
        QT_TRANSLATE_NOOP("AutomationReport", "%n recycled lead back for review"),
        QT_TRANSLATE_NOOP("AutomationReport", "%n recycled leads back for review")},
    {"nurture_promoted", &AutomationReport::nurturePromoted,
        QT_TRANSLATE_NOOP("AutomationReport", "%n of them MQL again"),
        QT_TRANSLATE_NOOP("AutomationReport", "%n of them MQL again")},
    {"routed", &AutomationReport::routed,
        QT_TRANSLATE_NOOP("AutomationReport", "%n waiting MQL routed"),
        QT_TRANSLATE_NOOP("AutomationReport", "%n waiting MQLs routed")},
    {"breached", &AutomationReport::breached,
        QT_TRANSLATE_NOOP("AutomationReport", "%n first-contact deadline missed"),
        QT_TRANSLATE_NOOP("AutomationReport", "%n first-contact deadlines missed")},
    {"escalated", &AutomationReport::escalated,
        QT_TRANSLATE_NOOP("AutomationReport", "%n escalated"),
        QT_TRANSLATE_NOOP("AutomationReport", "%n escalated")},
    {"reassigned", &AutomationReport::reassigned,
        QT_TRANSLATE_NOOP("AutomationReport", "%n reassigned"),
        QT_TRANSLATE_NOOP("AutomationReport", "%n reassigned")},
    {"nurture_tasks", &AutomationReport::nurtureTasks,
        QT_TRANSLATE_NOOP("AutomationReport", "%n nurture task made"),
        QT_TRANSLATE_NOOP("AutomationReport", "%n nurture tasks made")},
    {"nurture_completed", &AutomationReport::nurtureCompleted,
        QT_TRANSLATE_NOOP("AutomationReport", "%n sequence completed"),
        QT_TRANSLATE_NOOP("AutomationReport", "%n sequences completed")},
    {"nurture_exited", &AutomationReport::nurtureExited,
        QT_TRANSLATE_NOOP("AutomationReport", "%n sequence left"),
        QT_TRANSLATE_NOOP("AutomationReport", "%n sequences left")},
    {"tasks_closed", &AutomationReport::tasksClosed,
        QT_TRANSLATE_NOOP("AutomationReport", "%n task closed because its lead moved on"),
        QT_TRANSLATE_NOOP("AutomationReport", "%n tasks closed because their leads moved on")},
};

QString counted(qint64 n, const char *one, const char *many)
{
    return n == 1 ? tr(one, 1) : tr(many, int(n));
}

} // namespace

bool AutomationReport::changedData() const
{
    if (decayRefreshed || !owedFor.isEmpty())
        return true;
    for (const Counter &c : counters) {
        if (this->*(c.member) != 0)
            return true;
    }
    return false;
}

QString AutomationReport::summary() const
{
    if (skipped())
        return tr("Another runner (%1) is doing the due work.").arg(heldBy);
    QStringList parts;
    if (!owedFor.isEmpty())
        parts << tr("follow-up work finished for %1").arg(owedFor.join(u", "_s));
    if (decayRefreshed)
        parts << tr("engagement decay brought up to date");
    for (const Counter &c : counters) {
        if (this->*(c.member) != 0)
            parts << counted(this->*(c.member), c.one, c.many);
    }
    if (remindersDue > 0)
        parts << counted(remindersDue, QT_TRANSLATE_NOOP("AutomationReport", "%n task came due"),
            QT_TRANSLATE_NOOP("AutomationReport", "%n tasks came due"));
    if (parts.isEmpty())
        return tr("Nothing was due.");
    QString text = parts.join(u"; "_s);
    text[0] = text[0].toUpper();
    return text + u'.';
}

QJsonObject AutomationReport::toJson() const
{
    QJsonObject object {{u"run"_s, runId}, {u"clock"_s, clock.toString(Qt::ISODateWithMs)},
        {u"elapsed_ms"_s, elapsedMs}, {u"decay_refreshed"_s, decayRefreshed},
        {u"owed_for"_s, QJsonArray::fromStringList(owedFor)}};
    if (skipped())
        object.insert(u"held_by"_s, heldBy);
    for (const Counter &c : counters)
        object.insert(QString::fromLatin1(c.key), this->*(c.member));
    QJsonArray due;
    for (const Reminder &r : reminders)
        due.append(QJsonObject {{u"task"_s, r.taskId}, {u"lead"_s, r.leadId},
            {u"lead_name"_s, r.leadName}, {u"user"_s, r.userName}, {u"title"_s, r.title},
            {u"due_at"_s, r.dueAt.toString(Qt::ISODate)}});
    object.insert(u"reminders"_s, due);
    object.insert(u"reminders_due"_s, remindersDue);
    return object;
}

AutomationReport AutomationReport::fromJson(const QJsonObject &object)
{
    AutomationReport report;
    report.runId = object.value(u"run"_s).toInteger();
    report.clock = QDateTime::fromString(object.value(u"clock"_s).toString(), Qt::ISODateWithMs);
    report.elapsedMs = object.value(u"elapsed_ms"_s).toInteger();
    report.decayRefreshed = object.value(u"decay_refreshed"_s).toBool();
    report.heldBy = object.value(u"held_by"_s).toString();
    for (const QJsonValue &v : object.value(u"owed_for"_s).toArray())
        report.owedFor << v.toString();
    for (const Counter &c : counters)
        report.*(c.member) = object.value(QString::fromLatin1(c.key)).toInteger();
    report.remindersDue = object.value(u"reminders_due"_s).toInteger();
    for (const QJsonValue &v : object.value(u"reminders"_s).toArray()) {
        const QJsonObject r = v.toObject();
        report.reminders << Reminder {r.value(u"task"_s).toInteger(),
            r.value(u"lead"_s).toInteger(), r.value(u"lead_name"_s).toString(),
            r.value(u"user"_s).toString(), r.value(u"title"_s).toString(),
            QDateTime::fromString(r.value(u"due_at"_s).toString(), Qt::ISODate)};
    }
    return report;
}

} // namespace lf
