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

/// The counters in their JSON names, in the order the summary tells them.
struct Counter
{
    const char *key;
    qint64 AutomationReport::*member;
};

constexpr Counter counters[] = {
    {"rescored", &AutomationReport::rescored},
    {"promoted", &AutomationReport::promoted},
    {"nurture_returned", &AutomationReport::nurtureReturned},
    {"nurture_promoted", &AutomationReport::nurturePromoted},
    {"breached", &AutomationReport::breached},
    {"escalated", &AutomationReport::escalated},
    {"reassigned", &AutomationReport::reassigned},
    {"nurture_tasks", &AutomationReport::nurtureTasks},
    {"nurture_completed", &AutomationReport::nurtureCompleted},
    {"nurture_exited", &AutomationReport::nurtureExited},
    {"tasks_closed", &AutomationReport::tasksClosed},
};

/// English needs both forms written out: without a translation loaded, "%n task(s)" is what a
/// person would read.
QString counted(qint64 n, const char *one, const char *many)
{
    return n == 1 ? tr(one, 1) : tr(many, int(n));
}

QString counterText(const char *key, qint64 n)
{
    const QString k = QString::fromLatin1(key);
    if (k == u"rescored"_s)
        return counted(n, QT_TRANSLATE_NOOP("AutomationReport", "%n lead score changed"),
            QT_TRANSLATE_NOOP("AutomationReport", "%n lead scores changed"));
    if (k == u"promoted"_s)
        return counted(n, QT_TRANSLATE_NOOP("AutomationReport", "%n new MQL"),
            QT_TRANSLATE_NOOP("AutomationReport", "%n new MQLs"));
    if (k == u"nurture_returned"_s)
        return counted(n, QT_TRANSLATE_NOOP("AutomationReport", "%n recycled lead back for review"),
            QT_TRANSLATE_NOOP("AutomationReport", "%n recycled leads back for review"));
    if (k == u"nurture_promoted"_s)
        return counted(n, QT_TRANSLATE_NOOP("AutomationReport", "%n of them MQL again"),
            QT_TRANSLATE_NOOP("AutomationReport", "%n of them MQL again"));
    if (k == u"breached"_s)
        return counted(n, QT_TRANSLATE_NOOP("AutomationReport", "%n first-contact deadline missed"),
            QT_TRANSLATE_NOOP("AutomationReport", "%n first-contact deadlines missed"));
    if (k == u"escalated"_s)
        return counted(n, QT_TRANSLATE_NOOP("AutomationReport", "%n escalated"),
            QT_TRANSLATE_NOOP("AutomationReport", "%n escalated"));
    if (k == u"reassigned"_s)
        return counted(n, QT_TRANSLATE_NOOP("AutomationReport", "%n reassigned"),
            QT_TRANSLATE_NOOP("AutomationReport", "%n reassigned"));
    if (k == u"nurture_tasks"_s)
        return counted(n, QT_TRANSLATE_NOOP("AutomationReport", "%n nurture task made"),
            QT_TRANSLATE_NOOP("AutomationReport", "%n nurture tasks made"));
    if (k == u"nurture_completed"_s)
        return counted(n, QT_TRANSLATE_NOOP("AutomationReport", "%n sequence completed"),
            QT_TRANSLATE_NOOP("AutomationReport", "%n sequences completed"));
    if (k == u"nurture_exited"_s)
        return counted(n, QT_TRANSLATE_NOOP("AutomationReport", "%n sequence left"),
            QT_TRANSLATE_NOOP("AutomationReport", "%n sequences left"));
    return counted(n,
        QT_TRANSLATE_NOOP("AutomationReport", "%n task closed because its lead moved on"),
        QT_TRANSLATE_NOOP("AutomationReport", "%n tasks closed because their leads moved on"));
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
            parts << counterText(c.key, this->*(c.member));
    }
    if (!reminders.isEmpty())
        parts << counted(reminders.size(),
            QT_TRANSLATE_NOOP("AutomationReport", "%n task came due"),
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
