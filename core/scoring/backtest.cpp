#include "backtest.h"

#include "scorer.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Backtest", text);
}

double rate(qint64 won, qint64 lost)
{
    return won + lost > 0 ? double(won) / double(won + lost) : -1.0;
}

QString percent(double value)
{
    return value < 0 ? tr("n/a") : QString::number(value * 100.0, 'f', 1) + u" %"_s;
}

} // namespace

double BacktestResult::mqlWinRate() const
{
    return rate(mqlWon, mqlLost);
}

double BacktestResult::belowWinRate() const
{
    return rate(belowWon, belowLost);
}

double BacktestResult::wonCaught() const
{
    const qint64 won = mqlWon + belowWon;
    return won > 0 ? double(mqlWon) / double(won) : -1.0;
}

QString BacktestResult::toText() const
{
    QString text;
    QTextStream out(&text);
    out << tr("Threshold %1 on leads created %2 to %3 (end exclusive):")
               .arg(threshold)
               .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
        << '\n';
    out << "  " << tr("leads in the period:      %1").arg(leads) << '\n';
    out << "  "
        << tr("would have become MQL:    %1 (won %2, lost %3, still open %4)")
               .arg(mql)
               .arg(mqlWon)
               .arg(mqlLost)
               .arg(mqlOpen())
        << '\n';
    out << "  "
        << tr("stayed below:             %1 (won %2, lost %3, still open %4)")
               .arg(below())
               .arg(belowWon)
               .arg(belowLost)
               .arg(belowOpen())
        << '\n';
    out << "  " << tr("win rate of MQLs:         %1").arg(percent(mqlWinRate())) << '\n';
    out << "  " << tr("win rate of the rest:     %1").arg(percent(belowWinRate())) << '\n';
    out << "  " << tr("wins the threshold caught: %1").arg(percent(wonCaught())) << '\n';
    out.flush();
    return text;
}

Backtest::Backtest(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<BacktestResult> Backtest::run(
    int threshold, const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid() || from >= to)
        return fail(ErrorCode::Invalid, tr("The period must have a start before its end."));
    if (threshold < 1)
        return fail(ErrorCode::Invalid, tr("The threshold must be at least 1."));
    auto scoring = ScoringService(m_db).model();
    if (!scoring)
        return fail(scoring.error());

    BacktestResult result;
    result.threshold = threshold;
    result.from = from.toUTC();
    result.to = to.toUTC();

    QStringList columns;
    QList<LeadField> fields;
    for (const ScoringRule &rule : scoring->fitRules()) {
        fields << *rule.field();
        columns << QString::fromLatin1(fieldInfo(*rule.field()).column);
    }
    const QString outcome =
        u"CASE WHEN l.stage = 'won' OR EXISTS (SELECT 1 FROM stage_history h WHERE h.lead_id = "
        "l.id AND h.to_stage = 'won') THEN 1 WHEN l.stage IN ('lost', 'disqualified') OR EXISTS "
        "(SELECT 1 FROM stage_history h WHERE h.lead_id = l.id AND h.to_stage IN ('lost', "
        "'disqualified')) THEN 2 ELSE 0 END"_s;
    const QString cohort =
        u"FROM leads l WHERE l.deleted_at IS NULL AND l.created_at >= ? AND l.created_at < ?"_s;

    QSqlQuery leads(m_db);
    leads.setForwardOnly(true);
    leads.prepare(u"SELECT l.id, %1%2 %3 ORDER BY l.id"_s.arg(
        outcome, columns.isEmpty() ? QString() : u", l."_s + columns.join(u", l."_s), cohort));
    leads.addBindValue(from.toMSecsSinceEpoch());
    leads.addBindValue(to.toMSecsSinceEpoch());
    if (!leads.exec())
        return fail(databaseError(leads, tr("Cannot read the leads of the period")));

    QSqlQuery touches(m_db);
    touches.setForwardOnly(true);
    touches.prepare(
        u"SELECT t.lead_id, t.occurred_at, t.type, t.channel, c.name "
        "FROM touchpoints t LEFT JOIN campaigns c ON c.id = t.campaign_id "
        "WHERE t.lead_id IN (SELECT l.id %1) ORDER BY t.lead_id, t.occurred_at"_s.arg(cohort));
    touches.addBindValue(from.toMSecsSinceEpoch());
    touches.addBindValue(to.toMSecsSinceEpoch());
    if (!touches.exec())
        return fail(databaseError(touches, tr("Cannot read the touchpoints of the period")));
    bool moreTouches = touches.next();

    const qsizetype rules = scoring->engagementRules().size();
    std::vector<double> sums(size_t(rules), 0.0);
    while (leads.next()) {
        const qint64 id = leads.value(0).toLongLong();
        const int ended = leads.value(1).toInt();
        Lead lead;
        for (qsizetype i = 0; i < fields.size(); ++i)
            lead.setValue(fields[i], leads.value(int(2 + i)));
        ScoreCard card = scoring->score(lead, {}, 0);
        int peak = card.score; // at creation: fit alone

        // Touchpoints of earlier leads that are not in the cohort cannot occur: both streams are
        // over the same cohort in id order.
        std::fill(sums.begin(), sums.end(), 0.0);
        qint64 previous = 0;
        while (moreTouches && touches.value(0).toLongLong() < id)
            moreTouches = touches.next();
        while (moreTouches && touches.value(0).toLongLong() == id) {
            const qint64 at = touches.value(1).toLongLong();
            const quint64 mask = scoring->engagementMask(touches.value(2).toString(),
                touches.value(3).toString(), touches.value(4).toString());
            for (qsizetype i = 0; i < rules; ++i) {
                if (previous > 0)
                    sums[size_t(i)] *= scoring->decayWeight(i, at - previous);
                if (mask & (quint64(1) << i))
                    sums[size_t(i)] += scoring->engagementRules()[i].points;
            }
            previous = at;
            moreTouches = touches.next();
            // Touchpoints of one moment count together: a demo request and an unsubscribe of the
            // same instant never put the lead at the demo's score alone, whichever is read first.
            if (moreTouches && touches.value(0).toLongLong() == id
                && touches.value(1).toLongLong() == at)
                continue;
            double raw = 0;
            for (qsizetype i = 0; i < rules; ++i)
                raw += scoring->capped(i, sums[size_t(i)]);
            ScoreCard moment;
            moment.fit = card.fit;
            moment.engagementRaw = raw;
            scoring->finish(moment);
            peak = std::max(peak, moment.score);
        }

        ++result.leads;
        const bool mql = peak >= threshold;
        result.mql += mql ? 1 : 0;
        if (ended == 1)
            ++(mql ? result.mqlWon : result.belowWon);
        else if (ended == 2)
            ++(mql ? result.mqlLost : result.belowLost);
    }
    return result;
}

} // namespace lf
