#include "rulepreview.h"

#include "scorer.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <bit>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RulePreview", text);
}

/// The enabled engagement rules a model scores with are the same in both sets.
bool sameEngagement(const ScoringModel &a, const ScoringModel &b)
{
    const QList<ScoringRule> &left = a.engagementRules();
    const QList<ScoringRule> &right = b.engagementRules();
    if (left.size() != right.size())
        return false;
    for (qsizetype i = 0; i < left.size(); ++i) {
        ScoringRule x = left[i];
        ScoringRule y = right[i];
        x.position = y.position = 0; // order is the list's, the stored number does not matter
        x.name = y.name; // names do not count
        if (!(x == y))
            return false;
    }
    return true;
}

/// Engagement points of one model summed per rule for one lead, then capped and bounded.
double engagementRaw(const ScoringModel &model, const double *sums)
{
    double raw = 0;
    for (qsizetype i = 0; i < model.engagementRules().size(); ++i)
        raw += model.capped(i, sums[i]);
    return raw;
}

} // namespace

QString RuleImpact::toText() const
{
    // Whole sentences per number form, so a translation never has to patch "(s)".
    QString text = moved == 1 ? tr("This change would move 1 lead: ")
                              : tr("This change would move %1 leads: ").arg(moved);
    text += tr("%1 change grade, %2 become MQL, %3 fall below MQL.")
                .arg(gradeChanged)
                .arg(becomeMql)
                .arg(fallBelowMql);
    text += u' ';
    const QString mean = QString::number(meanScoreChange, 'f', 1)
                             .prepend(meanScoreChange > 0.05 ? u"+"_s : QString());
    text += leads == 1 ? tr("Mean score change %1 over 1 lead.").arg(mean)
                       : tr("Mean score change %1 over %2 leads.").arg(mean).arg(leads);
    return text;
}

RulePreview::RulePreview(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 RulePreview::now() const
{
    return m_now > 0 ? m_now : QDateTime::currentMSecsSinceEpoch();
}

QList<ScoringRule> RulePreview::withRule(const QList<ScoringRule> &rules, const ScoringRule &rule)
{
    QList<ScoringRule> out = rules;
    if (rule.id != 0) {
        for (ScoringRule &existing : out) {
            if (existing.id == rule.id) {
                existing = rule;
                return out;
            }
        }
    }
    out << rule;
    return out;
}

QList<ScoringRule> RulePreview::withoutRule(const QList<ScoringRule> &rules, qint64 id)
{
    QList<ScoringRule> out;
    for (const ScoringRule &rule : rules) {
        if (rule.id != id)
            out << rule;
    }
    return out;
}

Result<RuleImpact> RulePreview::compare(
    const QList<ScoringRule> &current, const QList<ScoringRule> &proposed, Progress *progress) const
{
    auto definition = QualificationStore(m_db).current();
    if (!definition)
        return fail(definition.error());
    const ScoringModel before(current, *definition);
    const ScoringModel after(proposed, *definition);
    const ScoringModel *models[] = {&before, &after};
    const qint64 at = now();
    RuleImpact impact;

    // Engagement sums per lead: the rules of `before` first, then those of `after`.
    const qsizetype beforeRules = before.engagementRules().size();
    const qsizetype width = beforeRules + after.engagementRules().size();
    QHash<qint64, std::vector<double>> sums;
    impact.readTouchpoints = !sameEngagement(before, after);
    if (impact.readTouchpoints && width > 0) {
        QSqlQuery touches(m_db);
        touches.setForwardOnly(true);
        if (!touches.exec(u"SELECT t.lead_id, t.occurred_at, t.type, t.channel, c.name "
                          "FROM touchpoints t LEFT JOIN campaigns c ON c.id = t.campaign_id "
                          "WHERE t.scored = 1"_s))
            return fail(databaseError(touches, tr("Cannot read the touchpoints")));
        QHash<QString, std::pair<quint64, quint64>> masks;
        while (touches.next()) {
            ++impact.touchpoints;
            if ((impact.touchpoints & 0xfff) == 0 && progress && progress->isCancelled())
                return fail(ErrorCode::Cancelled, tr("The preview was cancelled."));
            const QString type = touches.value(2).toString();
            const QString channel = touches.value(3).toString();
            const QString campaign = touches.value(4).toString();
            const QString key = type + QChar(0x1f) + channel + QChar(0x1f) + campaign;
            auto mask = masks.constFind(key);
            if (mask == masks.cend())
                mask = masks.insert(key,
                    {before.engagementMask(type, channel, campaign),
                        after.engagementMask(type, channel, campaign)});
            if (mask->first == 0 && mask->second == 0)
                continue;
            const qint64 leadId = touches.value(0).toLongLong();
            const qint64 age = at - touches.value(1).toLongLong();
            std::vector<double> &lead = sums[leadId];
            if (lead.empty())
                lead.assign(size_t(width), 0.0);
            for (int side = 0; side < 2; ++side) {
                const ScoringModel &model = *models[side];
                const size_t offset = side == 0 ? 0 : size_t(beforeRules);
                quint64 bits = side == 0 ? mask->first : mask->second;
                for (; bits; bits &= bits - 1) {
                    const int i = std::countr_zero(bits);
                    lead[offset + size_t(i)] +=
                        model.engagementRules()[i].points * model.decayWeight(i, age);
                }
            }
        }
        if (touches.lastError().isValid())
            return fail(databaseError(touches, tr("Cannot read the touchpoints")));
    }

    // The columns either set's fit rules read, once each.
    QList<LeadField> fields;
    QList<QList<int>> columnOf(2); // per model, per fit rule: index into fields
    for (int side = 0; side < 2; ++side) {
        for (const ScoringRule &rule : models[side]->fitRules()) {
            const LeadField field = *rule.field();
            qsizetype index = fields.indexOf(field);
            if (index < 0) {
                index = fields.size();
                fields << field;
            }
            columnOf[side] << int(index);
        }
    }
    QString select = u"SELECT id, engagement_score"_s;
    for (LeadField field : std::as_const(fields))
        select += u", "_s + QString::fromLatin1(fieldInfo(field).column);
    select += u" FROM leads WHERE deleted_at IS NULL"_s;

    QSqlQuery count(m_db);
    if (!count.exec(u"SELECT COUNT(*) FROM leads WHERE deleted_at IS NULL"_s) || !count.next())
        return fail(databaseError(count, tr("Cannot count the leads")));
    const qint64 total = count.value(0).toLongLong();

    QSqlQuery leads(m_db);
    leads.setForwardOnly(true);
    if (!leads.exec(select))
        return fail(databaseError(leads, tr("Cannot read the leads")));
    const int threshold = definition->mqlThreshold;
    double scoreChange = 0;
    const std::vector<double> none(size_t(width), 0.0);
    QVariantList values(fields.size());
    while (leads.next()) {
        ++impact.leads;
        if ((impact.leads & 0x3ff) == 0 && progress) {
            if (progress->isCancelled())
                return fail(ErrorCode::Cancelled, tr("The preview was cancelled."));
            progress->update(impact.leads, total);
        }
        const qint64 id = leads.value(0).toLongLong();
        for (qsizetype c = 0; c < fields.size(); ++c)
            values[c] = leads.value(int(2 + c));
        const auto leadSums = sums.constFind(id);
        const double *engagement = leadSums == sums.cend() ? none.data() : leadSums->data();
        ScoreCard cards[2];
        for (int side = 0; side < 2; ++side) {
            const ScoringModel &model = *models[side];
            ScoreCard &card = cards[side];
            for (qsizetype i = 0; i < model.fitRules().size(); ++i) {
                if (model.fitMatches(i, values[columnOf[side][i]]))
                    card.fit += model.fitRules()[i].points;
            }
            if (impact.readTouchpoints)
                card.engagementRaw =
                    engagementRaw(model, engagement + (side == 0 ? 0 : beforeRules));
            else
                card.engagementRaw = leads.value(1).toDouble();
            model.finish(card);
        }
        const ScoreCard &was = cards[0];
        const ScoreCard &will = cards[1];
        const bool grade = was.grade != will.grade;
        const bool up = was.score < threshold && will.score >= threshold;
        const bool down = was.score >= threshold && will.score < threshold;
        impact.scoreChanged += was.score != will.score ? 1 : 0;
        impact.gradeChanged += grade ? 1 : 0;
        impact.becomeMql += up ? 1 : 0;
        impact.fallBelowMql += down ? 1 : 0;
        impact.moved += grade || up || down ? 1 : 0;
        scoreChange += will.score - was.score;
    }
    if (leads.lastError().isValid())
        return fail(databaseError(leads, tr("Cannot read the leads")));
    if (impact.leads > 0)
        impact.meanScoreChange = scoreChange / double(impact.leads);
    if (progress)
        progress->update(impact.leads, total);
    return impact;
}

} // namespace lf
