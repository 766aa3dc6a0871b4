#include "scorer.h"

#include "domain/normalizer.h"
#include "io/bulk.h"
#include "leads/leadservice.h"
#include "routing/router.h"
#include "storage/database.h"
#include "storage/settings.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <cmath>
#include <cstring>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

/// Phase timings of a rescore of every lead: QT_LOGGING_RULES="leadflow.scoring.debug=true".
Q_LOGGING_CATEGORY(lcScoring, "leadflow.scoring", QtWarningMsg)

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Scoring", text, nullptr, n);
}

constexpr double msPerDay = 86'400'000.0;
constexpr qsizetype maxEngagementRules = 64;

QString points(double value)
{
    return QString::number(value, 'f', std::abs(value - std::round(value)) < 0.05 ? 0 : 1);
}

} // namespace

// --- ScoreCard -----------------------------------------------------------------------------------

double ScoreCard::decayLost() const
{
    double lost = 0;
    // A magnitude per rule, like capLost(): decay shrinks negative rules too.
    for (const RuleOutcome &rule : rules)
        lost += std::abs(rule.points - rule.afterDecay);
    return lost;
}

double ScoreCard::capLost() const
{
    double lost = 0;
    // A magnitude per rule: what a cap held back from a negative rule must not cancel what another
    // cap took from a positive one.
    for (const RuleOutcome &rule : rules)
        lost += std::abs(rule.afterDecay - rule.counted);
    return lost;
}

QString ScoreCard::toText() const
{
    QString text;
    QTextStream out(&text);
    out << tr("Score %1 = fit %2 + engagement %3; grade %4.")
               .arg(score)
               .arg(fit)
               .arg(engagement)
               .arg(grade)
        << '\n';
    out << '\n' << tr("Fit (the lead's fields):") << '\n';
    bool any = false;
    for (const RuleOutcome &rule : rules) {
        if (rule.kind != ScoringRule::Kind::Fit)
            continue;
        any = true;
        out << "  " << (rule.counted >= 0 ? "+" : "") << points(rule.counted) << "  " << rule.name
            << "  (" << rule.condition << ")\n";
    }
    if (!any)
        out << "  " << tr("no fit rule applies") << '\n';
    out << '\n' << tr("Engagement (touchpoints):") << '\n';
    any = false;
    for (const RuleOutcome &rule : rules) {
        if (rule.kind != ScoringRule::Kind::Engagement)
            continue;
        any = true;
        out << "  " << (rule.counted >= 0 ? "+" : "") << points(rule.counted) << "  " << rule.name
            << "  " << tr("(%n touchpoint(s), %1 points", rule.matches).arg(points(rule.points));
        if (rule.halfLifeDays)
            out << tr(", %1 after decay with a %2-day half-life")
                       .arg(points(rule.afterDecay), points(*rule.halfLifeDays));
        if (rule.cap && std::abs(rule.afterDecay - rule.counted) > 1e-9)
            out << tr(", capped at %1").arg(*rule.cap);
        out << ")\n";
    }
    if (!any)
        out << "  " << tr("no engagement rule applies") << '\n';
    if (engagementRaw > 100.0 || engagementRaw < 0.0)
        out << "  " << tr("engagement %1 held to the 0-100 range").arg(points(engagementRaw))
            << '\n';
    out << '\n'
        << tr("Decay took away %1 points; caps held back %2.")
               .arg(points(decayLost()), points(capLost()))
        << '\n';
    out.flush();
    return text;
}

// --- ScoringModel --------------------------------------------------------------------------------

struct ScoringModel::Caches
{
    // Per fit rule: folded "is one of" values, the compiled pattern, answers by value seen.
    QList<QSet<QString>> fitValues;
    QList<QRegularExpression> fitPatterns;
    QList<LeadField> fitFields;
    mutable QList<QHash<QString, bool>> fitAnswers;
    // Per engagement rule: folded values.
    QList<QSet<QString>> engagementValues;
    QList<double> halfLifeMs;
};

ScoringModel::ScoringModel(
    const QList<ScoringRule> &rules, const QualificationDefinition &definition)
    : m_definition(definition)
    , m_caches(std::make_unique<Caches>())
{
    for (const ScoringRule &rule : rules) {
        if (!rule.enabled || !rule.validate())
            continue;
        if (rule.kind == ScoringRule::Kind::Fit) {
            const LeadField field = *rule.field();
            QSet<QString> values;
            for (const QString &value : rule.values) {
                // Countries by ISO code, folded like every other value: fitMatches folds the
                // lead's stored code ("DE" → "de") before the lookup.
                values.insert(field == LeadField::Country
                        ? Normalizer::countryCode(value).toCaseFolded()
                        : value.trimmed().toCaseFolded());
            }
            m_fit << rule;
            m_caches->fitFields << field;
            m_caches->fitValues << values;
            m_caches->fitPatterns << QRegularExpression(
                rule.pattern, QRegularExpression::CaseInsensitiveOption);
            m_caches->fitAnswers << QHash<QString, bool>();
        } else if (m_engagement.size() < maxEngagementRules) {
            QSet<QString> values;
            for (const QString &value : rule.values)
                values.insert(value.trimmed().toCaseFolded());
            m_engagement << rule;
            m_caches->engagementValues << values;
            m_caches->halfLifeMs << (rule.halfLifeDays ? *rule.halfLifeDays * msPerDay : 0.0);
        }
    }
}

ScoringModel::~ScoringModel() = default;
ScoringModel::ScoringModel(ScoringModel &&) noexcept = default;
ScoringModel &ScoringModel::operator=(ScoringModel &&) noexcept = default;

bool ScoringModel::fitMatches(qsizetype i, const QVariant &value) const
{
    const ScoringRule &rule = m_fit[i];
    if (value.isNull())
        return false;
    switch (rule.op) {
    case ScoringRule::Operator::Present:
        return !value.toString().trimmed().isEmpty();
    case ScoringRule::Operator::Range:
    case ScoringRule::Operator::AtLeast: {
        bool ok = false;
        double number = value.toDouble(&ok);
        if (!ok)
            return false;
        if (fieldInfo(m_caches->fitFields[i]).type == FieldType::Money)
            number /= 100.0; // rules speak whole currency units, leads store cents
        if (rule.min && number < *rule.min)
            return false;
        if (rule.op == ScoringRule::Operator::Range && rule.max && number > *rule.max)
            return false;
        return true;
    }
    case ScoringRule::Operator::In:
    case ScoringRule::Operator::Matches: {
        const QString text = value.toString();
        auto &answers = m_caches->fitAnswers[i];
        if (const auto it = answers.constFind(text); it != answers.cend())
            return *it;
        const bool match = rule.op == ScoringRule::Operator::In
            ? m_caches->fitValues[i].contains(text.trimmed().toCaseFolded())
            : m_caches->fitPatterns[i].match(text).hasMatch();
        if (answers.size() < 100'000)
            answers.insert(text, match);
        return match;
    }
    }
    return false;
}

quint64 ScoringModel::engagementMask(
    const QString &type, const QString &channel, const QString &campaign) const
{
    quint64 mask = 0;
    const QString folded[] = {type.trimmed().toCaseFolded(), channel.trimmed().toCaseFolded(),
        campaign.trimmed().toCaseFolded()};
    for (qsizetype i = 0; i < m_engagement.size(); ++i) {
        const QString &attribute = m_engagement[i].attribute;
        const int which = attribute == u"type"_s ? 0 : attribute == u"channel"_s ? 1 : 2;
        if (!folded[which].isEmpty() && m_caches->engagementValues[i].contains(folded[which]))
            mask |= quint64(1) << i;
    }
    return mask;
}

double ScoringModel::decayWeight(qsizetype i, qint64 ageMs) const
{
    const double halfLife = m_caches->halfLifeMs[i];
    if (halfLife <= 0 || ageMs <= 0)
        return 1.0;
    return std::exp2(-double(ageMs) / halfLife);
}

double ScoringModel::capped(qsizetype i, double total) const
{
    const auto &cap = m_engagement[i].cap;
    if (!cap)
        return total;
    return std::clamp(total, -double(*cap), double(*cap));
}

void ScoringModel::finish(ScoreCard &card) const
{
    card.engagement = int(std::clamp(std::lround(card.engagementRaw), 0L, 100L));
    card.score = card.fit + card.engagement;
    card.grade = m_definition.grade(card.fit);
}

ScoreCard ScoringModel::score(const Lead &lead, const QList<TouchFacts> &touches, qint64 now) const
{
    ScoreCard card;
    card.at = now;
    for (qsizetype i = 0; i < m_fit.size(); ++i) {
        if (!fitMatches(i, lead.value(m_caches->fitFields[i])))
            continue;
        const ScoringRule &rule = m_fit[i];
        card.fit += rule.points;
        card.rules << RuleOutcome {rule.id, rule.name, rule.kind, rule.condition(), 1,
            double(rule.points), double(rule.points), double(rule.points), std::nullopt,
            std::nullopt};
    }
    QList<RuleOutcome> engagement(m_engagement.size());
    for (const TouchFacts &touch : touches) {
        const quint64 mask = engagementMask(touch.type, touch.channel, touch.campaign);
        for (qsizetype i = 0; i < m_engagement.size(); ++i) {
            if (!(mask & (quint64(1) << i)))
                continue;
            RuleOutcome &outcome = engagement[i];
            outcome.matches += 1;
            outcome.points += m_engagement[i].points;
            outcome.afterDecay += m_engagement[i].points * decayWeight(i, now - touch.at);
        }
    }
    for (qsizetype i = 0; i < m_engagement.size(); ++i) {
        RuleOutcome &outcome = engagement[i];
        if (outcome.matches == 0)
            continue;
        const ScoringRule &rule = m_engagement[i];
        outcome.ruleId = rule.id;
        outcome.name = rule.name;
        outcome.kind = rule.kind;
        outcome.condition = rule.condition();
        outcome.cap = rule.cap;
        outcome.halfLifeDays = rule.halfLifeDays;
        outcome.counted = capped(i, outcome.afterDecay);
        card.engagementRaw += outcome.counted;
        card.rules << outcome;
    }
    finish(card);
    return card;
}

bool ScoringModel::promotesToMql(
    Stage stage, int previousScore, int score, qint64 nurtureUntil, qint64 now) const
{
    const int threshold = m_definition.mqlThreshold;
    if (!m_definition.autoMql || score < threshold)
        return false;
    switch (stage) {
    case Stage::New:
    case Stage::Contacted:
        return true;
    case Stage::Nurturing:
        return previousScore < threshold || (nurtureUntil > 0 && nurtureUntil <= now);
    default:
        return false;
    }
}

quint32 ScoringModel::engagementFingerprint() const
{
    // FNV-1a over what the sums depend on; caps apply when a sum is read, so they are left out.
    quint32 hash = 2166136261u;
    const auto feed = [&hash](const QByteArray &bytes) {
        for (char c : bytes) {
            hash ^= quint8(c);
            hash *= 16777619u;
        }
        hash ^= 0xffu;
        hash *= 16777619u;
    };
    for (qsizetype i = 0; i < m_engagement.size(); ++i) {
        const ScoringRule &rule = m_engagement[i];
        QStringList values(
            m_caches->engagementValues[i].cbegin(), m_caches->engagementValues[i].cend());
        values.sort();
        feed(QByteArray::number(rule.id));
        feed(rule.attribute.toUtf8());
        feed(values.join(QChar(0x1f)).toUtf8());
        feed(QByteArray::number(rule.points));
        feed(QByteArray::number(rule.halfLifeDays.value_or(0.0), 'g', 17));
    }
    return hash;
}

QString ScoringModel::mqlReason(int score) const
{
    return tr("Score %1 reached the MQL threshold %2 (qualification definition v%3).")
        .arg(score)
        .arg(m_definition.mqlThreshold)
        .arg(m_definition.version);
}

// --- ScoringService ------------------------------------------------------------------------------

namespace {

const QString mqlRule = u"mql_threshold"_s;

/// A lead's engagement while it is scored and as it is kept in leads.engagement_state (NULL: none):
/// per engagement rule the sum of its points over the lead's touchpoints up to `asOf`, each decayed
/// to `asOf` (caps apply only when read), plus the touchpoints dated after `asOf` kept aside at
/// full weight until their time comes, and the newest touchpoint id it includes.
///   "E2", fingerprint u32, asOf i64, lastTouchpoint i64,
///   u16 n, n × (rule id i32, sum f64), u16 m, m × (rule id i32, at i64)
struct Engagement
{
    quint32 fingerprint = 0;
    qint64 asOf = 0;
    qint64 lastTouchpoint = 0;
    std::vector<double> sums; ///< by engagement rule index
    std::vector<std::pair<int, qint64>> pending; ///< (rule index, at), at > asOf

    void reset(qsizetype rules, qint64 at)
    {
        sums.assign(size_t(rules), 0.0);
        pending.clear();
        asOf = at;
        lastTouchpoint = 0;
    }
    bool isEmpty() const
    {
        return pending.empty()
            && std::all_of(sums.cbegin(), sums.cend(), [](double v) { return v == 0.0; });
    }
    /// Moves the sums forward to `to`, taking in the set-aside touchpoints that are due by then.
    void advance(const ScoringModel &model, qint64 to)
    {
        if (to <= asOf)
            return;
        for (size_t i = 0; i < sums.size(); ++i)
            sums[i] *= model.decayWeight(qsizetype(i), to - asOf);
        for (auto it = pending.begin(); it != pending.end();) {
            if (it->second <= to) {
                sums[size_t(it->first)] += model.engagementRules()[it->first].points
                    * model.decayWeight(it->first, to - it->second);
                it = pending.erase(it);
            } else {
                ++it;
            }
        }
        asOf = to;
    }
    /// Takes in one touchpoint at `at` for the rules in mask, as seen at `now`.
    void add(const ScoringModel &model, quint64 mask, qint64 at, qint64 now)
    {
        if (at > now) {
            for (; mask; mask &= mask - 1)
                pending.emplace_back(std::countr_zero(mask), at);
            return;
        }
        if (at > asOf)
            advance(model, at);
        for (; mask; mask &= mask - 1) {
            const int i = std::countr_zero(mask);
            sums[size_t(i)] += model.engagementRules()[i].points * model.decayWeight(i, asOf - at);
        }
    }
    /// Engagement points (capped per rule, before the 0-100 bounds) at `now`.
    double valueAt(const ScoringModel &model, qint64 now) const
    {
        double raw = 0;
        for (size_t i = 0; i < sums.size(); ++i) {
            double total =
                sums[i] == 0.0 ? 0.0 : sums[i] * model.decayWeight(qsizetype(i), now - asOf);
            for (const auto &[rule, at] : pending) {
                if (size_t(rule) == i)
                    total +=
                        model.engagementRules()[rule].points * model.decayWeight(rule, now - at);
            }
            raw += model.capped(qsizetype(i), total);
        }
        return raw;
    }
};

template<typename T>
void put(QByteArray &out, T value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof(T));
}

template<typename T>
bool take(const char *&data, const char *end, T &value)
{
    if (end - data < qsizetype(sizeof(T)))
        return false;
    std::memcpy(&value, data, sizeof(T));
    data += sizeof(T);
    return true;
}

QByteArray encodeState(const ScoringModel &model, const Engagement &e)
{
    QByteArray out;
    out.append("E2", 2);
    put(out, e.fingerprint);
    put(out, e.asOf);
    put(out, e.lastTouchpoint);
    quint16 count = 0;
    for (double v : e.sums)
        count += v != 0.0 ? 1 : 0;
    put(out, count);
    for (size_t i = 0; i < e.sums.size(); ++i) {
        if (e.sums[i] != 0.0) {
            put(out, qint32(model.engagementRules()[qsizetype(i)].id));
            put(out, e.sums[i]);
        }
    }
    put(out, quint16(e.pending.size()));
    for (const auto &[i, at] : e.pending) {
        put(out, qint32(model.engagementRules()[i].id));
        put(out, at);
    }
    return out;
}

/// The stored state, or nullopt when it is unreadable or made under other rules.
std::optional<Engagement> decodeState(const ScoringModel &model,
    const QHash<qint64, qsizetype> &ruleIndex, quint32 fingerprint, const char *data,
    qsizetype size)
{
    Engagement e;
    e.sums.assign(size_t(model.engagementRules().size()), 0.0);
    const char *end = data + size;
    if (size < 2 || data[0] != 'E' || data[1] != '2')
        return std::nullopt;
    data += 2;
    quint16 count = 0;
    if (!take(data, end, e.fingerprint) || e.fingerprint != fingerprint || !take(data, end, e.asOf)
        || !take(data, end, e.lastTouchpoint) || !take(data, end, count))
        return std::nullopt;
    for (quint16 n = 0; n < count; ++n) {
        qint32 rule = 0;
        double sum = 0;
        if (!take(data, end, rule) || !take(data, end, sum) || !ruleIndex.contains(rule))
            return std::nullopt;
        e.sums[size_t(ruleIndex.value(rule))] = sum;
    }
    if (!take(data, end, count))
        return std::nullopt;
    for (quint16 n = 0; n < count; ++n) {
        qint32 rule = 0;
        qint64 at = 0;
        if (!take(data, end, rule) || !take(data, end, at) || !ruleIndex.contains(rule))
            return std::nullopt;
        e.pending.emplace_back(int(ruleIndex.value(rule)), at);
    }
    return e;
}

QHash<qint64, qsizetype> ruleIndexOf(const ScoringModel &model)
{
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < model.engagementRules().size(); ++i)
        index.insert(model.engagementRules()[i].id, i);
    return index;
}

const QString stateFingerprintKey = u"scoring.state_fingerprint"_s;
const QString stateTouchpointKey = u"scoring.state_touchpoint"_s;
const QString stateValidKey = u"scoring.state_valid"_s;

Status promote(QSqlDatabase &db, qint64 leadId, const QString &fromStage, qint64 version,
    const QString &reason, const QString &actor, qint64 now)
{
    const qint64 next = version + 1;
    if (auto done = bulk::exec(db,
            u"UPDATE leads SET stage = 'mql', version = ?, updated_at = ? "
            "WHERE id = ? AND version = ?"_s,
            {next, now, leadId, version}, tr("Cannot move lead %1 to MQL").arg(leadId));
        !done)
        return done;
    if (auto done = bulk::exec(db,
            u"INSERT INTO stage_history (lead_id, lead_version, from_stage, to_stage, at, "
            "actor, rule, reason) VALUES (?, ?, ?, 'mql', ?, ?, ?, ?)"_s,
            {leadId, next, fromStage, now, actor, mqlRule, reason},
            tr("Cannot write the stage history"));
        !done)
        return done;
    return bulk::exec(db,
        u"INSERT INTO audit_log (entity, entity_id, entity_version, action, field, old_value, "
        "new_value, actor, at) VALUES ('lead', ?, ?, 'update', 'stage', ?, 'mql', ?, ?)"_s,
        {leadId, next, fromStage, actor, now}, tr("Cannot write the audit log"));
}

} // namespace

ScoringService::ScoringService(QSqlDatabase db)
    : m_db(std::move(db))
    , m_actor(tr("Leadflow scoring"))
{
}

qint64 ScoringService::now() const
{
    return m_now > 0 ? m_now : QDateTime::currentMSecsSinceEpoch();
}

Result<ScoringModel> ScoringService::model() const
{
    auto rules = ScoringRuleStore(m_db).list();
    if (!rules)
        return fail(rules.error());
    auto definition = QualificationStore(m_db).current();
    if (!definition)
        return fail(definition.error());
    qsizetype engagement = 0;
    for (const ScoringRule &rule : std::as_const(*rules))
        engagement += rule.enabled && rule.kind == ScoringRule::Kind::Engagement ? 1 : 0;
    if (engagement > maxEngagementRules)
        return fail(ErrorCode::Invalid,
            tr("%1 engagement rules are enabled; Leadflow scores with at most %2. Disable or "
               "merge some.")
                .arg(engagement)
                .arg(maxEngagementRules));
    return ScoringModel(*rules, *definition);
}

Result<ScoreCard> ScoringService::explain(qint64 leadId) const
{
    auto scoring = model();
    if (!scoring)
        return fail(scoring.error());
    auto lead = LeadService(m_db).get(leadId, true);
    if (!lead)
        return fail(lead.error());
    return score(*scoring, *lead);
}

Result<ScoreCard> ScoringService::score(const ScoringModel &scoring, const Lead &lead) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT t.occurred_at, t.type, t.channel, c.name FROM touchpoints t "
                  "LEFT JOIN campaigns c ON c.id = t.campaign_id WHERE t.lead_id = ? "
                  "AND t.scored = 1 ORDER BY t.occurred_at"_s);
    query.addBindValue(lead.id());
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot read lead %1's touchpoints").arg(lead.id())));
    QList<TouchFacts> touches;
    while (query.next()) {
        touches << TouchFacts {query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString()};
    }
    return scoring.score(lead, touches, now());
}

Result<ScoringService::Outcome> ScoringService::rescore(qint64 leadId)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto scoring = model();
    if (!scoring)
        return fail(scoring.error());
    auto lead = LeadService(m_db).get(leadId, true);
    if (!lead)
        return fail(lead.error());
    auto card = score(*scoring, *lead); // the model and lead loaded once
    if (!card)
        return fail(card.error());
    Outcome outcome {*card, false, false};
    if (lead->isDeleted())
        return outcome;

    const int previousScore = int(lead->integer(LeadField::Score));
    if (previousScore != card->score || lead->integer(LeadField::FitScore) != card->fit
        || lead->integer(LeadField::EngagementScore) != card->engagement
        || lead->text(LeadField::Grade) != QString(card->grade)) {
        if (auto done = bulk::exec(m_db,
                u"UPDATE leads SET fit_score = ?, engagement_score = ?, score = ?, grade = ? "
                "WHERE id = ?"_s,
                {card->fit, card->engagement, card->score, QString(card->grade), leadId},
                tr("Cannot save lead %1's score").arg(leadId));
            !done)
            return fail(done.error());
        outcome.changed = true;
    }
    // The lead's engagement state, so the next bulk pass can start from it.
    Engagement state;
    state.reset(scoring->engagementRules().size(), now());
    state.fingerprint = scoring->engagementFingerprint();
    QSqlQuery touches(m_db);
    touches.prepare(u"SELECT t.occurred_at, t.type, t.channel, c.name FROM touchpoints t "
                    "LEFT JOIN campaigns c ON c.id = t.campaign_id WHERE t.lead_id = ? "
                    "AND t.scored = 1"_s);
    touches.addBindValue(leadId);
    if (!touches.exec())
        return fail(databaseError(touches, tr("Cannot read lead %1's touchpoints").arg(leadId)));
    while (touches.next()) {
        state.add(*scoring,
            scoring->engagementMask(touches.value(1).toString(), touches.value(2).toString(),
                touches.value(3).toString()),
            touches.value(0).toLongLong(), now());
    }
    QSqlQuery last(m_db);
    last.prepare(u"SELECT COALESCE(MAX(id), 0) FROM touchpoints WHERE lead_id = ?"_s);
    last.addBindValue(leadId);
    if (!last.exec() || !last.next())
        return fail(databaseError(last, tr("Cannot read lead %1's touchpoints").arg(leadId)));
    state.lastTouchpoint = last.value(0).toLongLong();
    if (auto done = bulk::exec(m_db, u"UPDATE leads SET engagement_state = ? WHERE id = ?"_s,
            {state.isEmpty() && state.lastTouchpoint == 0
                    ? QVariant(QMetaType::fromType<QByteArray>())
                    : QVariant(encodeState(*scoring, state)),
                leadId},
            tr("Cannot save lead %1's score").arg(leadId));
        !done)
        return fail(done.error());

    if (scoring->promotesToMql(lead->stage(), previousScore, card->score,
            lead->integer(LeadField::NurtureUntil), now())) {
        if (auto done = promote(m_db, leadId, lead->text(LeadField::Stage), lead->version(),
                scoring->mqlReason(card->score), m_actor, now());
            !done)
            return fail(done.error());
        outcome.promoted = true;
        // A new MQL without an owner goes to routing when routing runs on MQL.
        auto settings = RoutingSettings::load(m_db);
        if (!settings)
            return fail(settings.error());
        if (lead->isNull(LeadField::OwnerId)
            && settings->trigger == RoutingSettings::Trigger::OnMql) {
            Router router(m_db);
            router.setNow(now()); // a replayed clock starts the first-contact clock then too
            if (auto routed = router.route(leadId); !routed)
                return fail(routed.error());
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return outcome;
}

namespace {

struct StringHash
{
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view> {}(text); }
};

std::string_view columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(statement, column)))
                : std::string_view();
}

/// Answers per distinct raw value, so the bulk pass builds a QString once per value, not per row.
template<typename Answer, typename Compute>
Answer cachedByText(std::unordered_map<std::string, Answer, StringHash, std::equal_to<>> &cache,
    std::string_view key, Compute compute)
{
    if (const auto it = cache.find(key); it != cache.end())
        return it->second;
    const Answer answer = compute(QString::fromUtf8(key.data(), qsizetype(key.size())));
    if (cache.size() < 200'000)
        cache.emplace(std::string(key), answer);
    return answer;
}

/// The stage of a stored key, without the label lookups stageFromString() does.
Stage stageOfKey(std::string_view key)
{
    static const std::vector<std::pair<std::string, Stage>> keys = [] {
        std::vector<std::pair<std::string, Stage>> out;
        for (Stage stage : allStages())
            out.emplace_back(stageKey(stage).toStdString(), stage);
        return out;
    }();
    for (const auto &[text, stage] : keys) {
        if (text == key)
            return stage;
    }
    return Stage::New;
}

struct Change
{
    qint64 id;
    qint64 version;
    int fit;
    int engagement;
    int score;
    char grade;
    bool changed; ///< the stored scores differ (a lead can also be here only to move to MQL)
    bool promote;
    Stage from;
    bool writeState; ///< the engagement state is to be written (NULL when stateOffset < 0)
    qsizetype stateOffset;
    qsizetype stateSize;
};

} // namespace

Status ScoringService::distrustEngagementStates(QSqlDatabase db)
{
    return Settings(db).setValue(stateValidKey, u"0"_s);
}

Result<ScoringService::Totals> ScoringService::rescoreAll(
    Progress *progress, const std::function<Status()> &beforeCommit)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *handle = bulk::sqliteHandle(m_db);
    if (!handle)
        return fail(ErrorCode::Database, tr("Rescoring needs an SQLite database."));
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto scoringModel = model();
    if (!scoringModel)
        return fail(scoringModel.error());
    const ScoringModel &scoring = *scoringModel;
    const qint64 at = now();
    Totals totals;

    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT COALESCE(MAX(id), 0), COUNT(*) FROM leads"_s) || !query.next())
        return fail(databaseError(query, tr("Cannot count the leads")));
    const qint64 maxId = query.value(0).toLongLong();
    const qint64 leadCount = query.value(1).toLongLong();

    // 1. Engagement. Normally each lead's stored state, folded forward with the touchpoints added
    // since the last pass; every touchpoint again, once in storage order, when the states cannot
    // be trusted (rules changed, touchpoints removed, never built) or so many touchpoints came in
    // that one scan is cheaper than remembering them.
    const qsizetype rules = scoring.engagementRules().size();
    const quint32 fingerprint = scoring.engagementFingerprint();
    const QHash<qint64, qsizetype> ruleIndex = ruleIndexOf(scoring);
    std::vector<double> rulePoints;
    for (qsizetype i = 0; i < rules; ++i)
        rulePoints.push_back(double(scoring.engagementRules()[i].points));
    if (!query.exec(u"SELECT COALESCE(MAX(id), 0) FROM touchpoints"_s) || !query.next())
        return fail(databaseError(query, tr("Cannot read the touchpoints")));
    const qint64 maxTouchpoint = query.value(0).toLongLong();
    Settings settings(m_db);
    const qint64 folded = settings.value(stateTouchpointKey, u"0"_s).toLongLong();
    const bool trusted = settings.value(stateValidKey) == u"1"_s
        && settings.value(stateFingerprintKey) == QString::number(fingerprint)
        && folded <= maxTouchpoint;
    const bool full = !trusted || maxTouchpoint - folded > std::max<qint64>(200'000, leadCount / 4);
    totals.fullPass = full;

    std::vector<quint64> campaignMask;
    if (!query.exec(u"SELECT id, name FROM campaigns"_s))
        return fail(databaseError(query, tr("Cannot read the campaigns")));
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (id < 0 || id > 10'000'000)
            continue;
        if (size_t(id) >= campaignMask.size())
            campaignMask.resize(size_t(id) + 1, 0);
        campaignMask[size_t(id)] = scoring.engagementMask({}, {}, query.value(1).toString());
    }
    std::unordered_map<std::string, quint64, StringHash, std::equal_to<>> typeMask;
    std::unordered_map<std::string, quint64, StringHash, std::equal_to<>> channelMask;
    // The rules a touchpoint row counts for; columns: type, channel, campaign_id from `first`.
    const auto maskOf = [&](sqlite3_stmt *statement, int first) {
        quint64 mask = cachedByText(typeMask, columnText(statement, first),
            [&](const QString &type) { return scoring.engagementMask(type, {}, {}); });
        mask |= cachedByText(channelMask, columnText(statement, first + 1),
            [&](const QString &channel) { return scoring.engagementMask({}, channel, {}); });
        if (sqlite3_column_type(statement, first + 2) == SQLITE_INTEGER) {
            const qint64 campaign = sqlite3_column_int64(statement, first + 2);
            if (campaign >= 0 && size_t(campaign) < campaignMask.size())
                mask |= campaignMask[size_t(campaign)];
        }
        return mask;
    };

    // Full: sums in double, as score() sums (float rounds differently at .5).
    std::vector<double> sums;
    struct NewTouch
    {
        qint64 id;
        qint64 at;
        quint64 mask;
    };
    /// Incremental: the touchpoints added since the last pass. Full: future-dated ones.
    QHash<qint64, std::vector<NewTouch>> newTouches;
    if (rules > 0) {
        bulk::Statement touchpoints(handle,
            full ? QByteArray("SELECT lead_id, type, channel, campaign_id, occurred_at, id "
                              "FROM touchpoints WHERE scored = 1")
                 : QByteArray("SELECT lead_id, type, channel, campaign_id, occurred_at, id "
                              "FROM touchpoints WHERE id > ?1 AND scored = 1"));
        if (!touchpoints)
            return fail(bulk::sqliteError(handle, tr("Cannot read the touchpoints")));
        sqlite3_stmt *statement = touchpoints.get();
        if (full)
            sums.assign(size_t(maxId + 1) * size_t(rules), 0.0);
        else
            sqlite3_bind_int64(statement, 1, folded);
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            ++totals.touchpoints;
            const qint64 leadId = sqlite3_column_int64(statement, 0);
            quint64 mask = maskOf(statement, 1);
            if (mask == 0 || leadId <= 0 || leadId > maxId)
                continue;
            const qint64 occurred = sqlite3_column_int64(statement, 4);
            if (!full) {
                newTouches[leadId].push_back(
                    NewTouch {sqlite3_column_int64(statement, 5), occurred, mask});
                continue;
            }
            if (occurred > at) { // the future counts in full until its time: set aside
                newTouches[leadId].push_back(
                    NewTouch {sqlite3_column_int64(statement, 5), occurred, mask});
                continue;
            }
            const qint64 age = at - occurred;
            double *lead = sums.data() + size_t(leadId) * size_t(rules);
            for (; mask; mask &= mask - 1) {
                const int i = std::countr_zero(mask);
                lead[i] += rulePoints[size_t(i)] * scoring.decayWeight(i, age);
            }
            if ((totals.touchpoints & 0xffff) == 0 && progress && progress->isCancelled())
                return fail(ErrorCode::Cancelled, tr("Rescoring was cancelled; no score changed."));
        }
        if (step != SQLITE_DONE)
            return fail(bulk::sqliteError(handle, tr("Cannot read the touchpoints")));
    }
    qCDebug(lcScoring) << "touchpoints read:" << timer.elapsed() << "ms";
    // A state that does not fit the rules (it should not happen: rule changes distrust them all)
    // is rebuilt from the lead's own touchpoints.
    QSqlQuery ownTouches(m_db);
    ownTouches.prepare(u"SELECT t.occurred_at, t.type, t.channel, c.name FROM touchpoints t "
                       "LEFT JOIN campaigns c ON c.id = t.campaign_id WHERE t.lead_id = ? "
                       "AND t.scored = 1"_s);

    // 2. Fit from the leads' own fields, then the stored numbers compared with the new ones.
    QList<int> fitColumns;
    QByteArray select = "SELECT id, version, stage, score, fit_score, engagement_score, grade, "
                        "nurture_until, engagement_state";
    for (const ScoringRule &rule : scoring.fitRules()) {
        select += ", ";
        select += fieldInfo(*rule.field()).column;
        fitColumns << int(9 + fitColumns.size());
    }
    // In storage order: the partial index leads_metrics_cohort also covers "deleted_at IS NULL",
    // and through it every row would be a lookup in created order, and every write below a page
    // read and rewritten out of order.
    select += " FROM leads NOT INDEXED WHERE deleted_at IS NULL";
    std::vector<std::unordered_map<std::string, bool, StringHash, std::equal_to<>>> fitCache(
        size_t(fitColumns.size()));
    std::vector<Change> changes;
    std::string stateArena; // the engagement states to write, back to back
    Engagement engagement;
    {
        bulk::Statement leads(handle, select);
        if (!leads)
            return fail(bulk::sqliteError(handle, tr("Cannot read the leads")));
        sqlite3_stmt *statement = leads.get();
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            ScoreCard card;
            const qint64 id = sqlite3_column_int64(statement, 0);
            for (qsizetype i = 0; i < fitColumns.size(); ++i) {
                const int column = fitColumns[i];
                bool match = false;
                switch (sqlite3_column_type(statement, column)) {
                case SQLITE_NULL:
                    break;
                case SQLITE_INTEGER:
                    match =
                        scoring.fitMatches(i, QVariant(sqlite3_column_int64(statement, column)));
                    break;
                case SQLITE_FLOAT:
                    match =
                        scoring.fitMatches(i, QVariant(sqlite3_column_double(statement, column)));
                    break;
                default:
                    match = cachedByText(fitCache[size_t(i)], columnText(statement, column),
                        [&](const QString &text) { return scoring.fitMatches(i, QVariant(text)); });
                }
                if (match)
                    card.fit += scoring.fitRules()[i].points;
            }

            // Engagement, and the state to keep when it changed.
            bool stateChanged = false;
            const bool hadState = sqlite3_column_type(statement, 8) == SQLITE_BLOB;
            engagement.reset(rules, at);
            engagement.fingerprint = fingerprint;
            if (rules > 0 && full) {
                const double *lead = sums.data() + size_t(id) * size_t(rules);
                std::copy(lead, lead + rules, engagement.sums.begin());
                if (const auto future = newTouches.constFind(id); future != newTouches.cend()) {
                    for (const NewTouch &touch : *future)
                        engagement.add(scoring, touch.mask, touch.at, at);
                }
                stateChanged = true; // everything up to maxTouchpoint is in it
            } else if (rules > 0) {
                std::optional<Engagement> stored;
                if (hadState)
                    stored = decodeState(scoring, ruleIndex, fingerprint,
                        static_cast<const char *>(sqlite3_column_blob(statement, 8)),
                        sqlite3_column_bytes(statement, 8));
                if (hadState && !stored) {
                    // Not readable under these rules (it should not happen: rule changes
                    // distrust every state): rebuilt from the lead's own touchpoints.
                    ownTouches.addBindValue(id);
                    if (!ownTouches.exec())
                        return fail(databaseError(ownTouches, tr("Cannot read the touchpoints")));
                    while (ownTouches.next()) {
                        engagement.add(scoring,
                            scoring.engagementMask(ownTouches.value(1).toString(),
                                ownTouches.value(2).toString(), ownTouches.value(3).toString()),
                            ownTouches.value(0).toLongLong(), at);
                    }
                    engagement.lastTouchpoint = maxTouchpoint;
                    stateChanged = true;
                } else {
                    if (stored)
                        engagement = std::move(*stored);
                    if (const auto added = newTouches.constFind(id); added != newTouches.cend()) {
                        qint64 newest = engagement.lastTouchpoint;
                        for (const NewTouch &touch : *added) {
                            if (touch.id <= engagement.lastTouchpoint)
                                continue; // already in (logged and rescored one by one)
                            engagement.add(scoring, touch.mask, touch.at, at);
                            newest = std::max(newest, touch.id);
                            stateChanged = true;
                        }
                        engagement.lastTouchpoint = newest;
                    }
                    // Set-aside touchpoints whose time has come join the sums.
                    if (std::any_of(engagement.pending.cbegin(), engagement.pending.cend(),
                            [&](const auto &p) { return p.second <= at; })) {
                        engagement.advance(scoring, at);
                        stateChanged = true;
                    }
                }
            }
            card.engagementRaw = rules > 0 ? engagement.valueAt(scoring, at) : 0.0;
            scoring.finish(card);

            qsizetype stateOffset = -1;
            qsizetype stateSize = 0;
            if (stateChanged) {
                if (!engagement.isEmpty()) {
                    const QByteArray blob = encodeState(scoring, engagement);
                    stateOffset = qsizetype(stateArena.size());
                    stateSize = blob.size();
                    stateArena.append(blob.constData(), size_t(blob.size()));
                } else if (!hadState) {
                    stateChanged = false; // nothing before, nothing now
                }
            }

            const int previousScore = sqlite3_column_int(statement, 3);
            const std::string_view grade = columnText(statement, 6);
            const Stage stage = stageOfKey(columnText(statement, 2));
            const bool promote = scoring.promotesToMql(
                stage, previousScore, card.score, sqlite3_column_int64(statement, 7), at);
            const bool changed = previousScore != card.score
                || sqlite3_column_int(statement, 4) != card.fit
                || sqlite3_column_int(statement, 5) != card.engagement || grade.size() != 1
                || grade[0] != char(card.grade.unicode());
            if (changed || promote || stateChanged) {
                changes.push_back(Change {id, sqlite3_column_int64(statement, 1), card.fit,
                    card.engagement, card.score, char(card.grade.unicode()), changed, promote,
                    stage, stateChanged, stateOffset, stateSize});
            }
            ++totals.leads;
            if ((totals.leads & 0x3fff) == 0 && progress) {
                if (progress->isCancelled())
                    return fail(
                        ErrorCode::Cancelled, tr("Rescoring was cancelled; no score changed."));
                progress->update(totals.leads / 2, leadCount);
            }
        }
        if (step != SQLITE_DONE)
            return fail(bulk::sqliteError(handle, tr("Cannot read the leads")));
    }

    qCDebug(lcScoring) << "leads scored:" << timer.elapsed() << "ms," << changes.size()
                       << "to write";

    // 3. Write what changed: one UPDATE a lead, whatever changed, since each rewrites the whole
    // row. SQLite rewrites the index entries of every column in the SET list, so a lead whose
    // scores did not change gets only its state written; a move to MQL sets everything.
    {
        bulk::Statement stateOnly(handle, "UPDATE leads SET engagement_state = ?2 WHERE id = ?1");
        bulk::Statement scores(handle,
            "UPDATE leads SET fit_score = ?3, engagement_score = ?4, score = ?5, grade = ?6, "
            "engagement_state = CASE WHEN ?7 THEN ?2 ELSE engagement_state END WHERE id = ?1");
        // The move to MQL raises the funnel rank too (2 is mql's rank, schema 6 in
        // core/storage/migrations.cpp), so the trigger that raises it for the stage history row
        // below finds it raised and does not rewrite the row once more.
        bulk::Statement promote(handle,
            "UPDATE leads SET fit_score = ?3, engagement_score = ?4, score = ?5, grade = ?6, "
            "engagement_state = CASE WHEN ?7 THEN ?2 ELSE engagement_state END, stage = 'mql', "
            "funnel_rank = MAX(funnel_rank, 2), version = ?8, updated_at = ?9 "
            "WHERE id = ?1");
        bulk::Statement history(handle,
            "INSERT INTO stage_history (lead_id, lead_version, from_stage, to_stage, at, actor, "
            "rule, reason) VALUES (?1, ?2, ?3, 'mql', ?4, ?5, ?6, ?7)");
        bulk::Statement audit(handle,
            "INSERT INTO audit_log (entity, entity_id, entity_version, action, field, old_value, "
            "new_value, actor, at) VALUES ('lead', ?1, ?2, 'update', 'stage', ?3, 'mql', ?4, ?5)");
        if (!stateOnly || !scores || !promote || !history || !audit)
            return fail(bulk::sqliteError(handle, tr("Cannot save the scores")));
        const QByteArray actor = m_actor.toUtf8();
        const QByteArray rule = mqlRule.toUtf8();
        const auto run = [&](sqlite3_stmt *statement) {
            const int rc = sqlite3_step(statement);
            sqlite3_reset(statement);
            return rc == SQLITE_DONE;
        };
        const auto bindState = [&](sqlite3_stmt *s, const Change &change) {
            if (change.stateOffset < 0)
                sqlite3_bind_null(s, 2);
            else
                sqlite3_bind_blob(s, 2, stateArena.data() + change.stateOffset,
                    int(change.stateSize), SQLITE_STATIC);
        };
        qint64 written = 0;
        for (const Change &change : changes) {
            sqlite3_stmt *s = nullptr;
            if (!change.changed && !change.promote) {
                s = stateOnly.get();
                sqlite3_bind_int64(s, 1, change.id);
                bindState(s, change);
            } else {
                s = change.promote ? promote.get() : scores.get();
                sqlite3_bind_int64(s, 1, change.id);
                bindState(s, change);
                sqlite3_bind_int(s, 3, change.fit);
                sqlite3_bind_int(s, 4, change.engagement);
                sqlite3_bind_int(s, 5, change.score);
                sqlite3_bind_text(s, 6, &change.grade, 1, SQLITE_STATIC);
                sqlite3_bind_int(s, 7, change.writeState ? 1 : 0);
                if (change.promote) {
                    sqlite3_bind_int64(s, 8, change.version + 1);
                    sqlite3_bind_int64(s, 9, at);
                }
            }
            if (!run(s))
                return fail(bulk::sqliteError(handle,
                    change.promote ? tr("Cannot move a lead to MQL")
                                   : tr("Cannot save the scores")));
            if (change.changed)
                ++totals.changed;
            if (change.promote) {
                const QByteArray from = stageKey(change.from).toUtf8();
                const QByteArray reason = scoring.mqlReason(change.score).toUtf8();
                const qint64 version = change.version + 1;
                s = history.get();
                sqlite3_bind_int64(s, 1, change.id);
                sqlite3_bind_int64(s, 2, version);
                sqlite3_bind_text(s, 3, from.constData(), int(from.size()), SQLITE_TRANSIENT);
                sqlite3_bind_int64(s, 4, at);
                sqlite3_bind_text(s, 5, actor.constData(), int(actor.size()), SQLITE_STATIC);
                sqlite3_bind_text(s, 6, rule.constData(), int(rule.size()), SQLITE_STATIC);
                sqlite3_bind_text(s, 7, reason.constData(), int(reason.size()), SQLITE_TRANSIENT);
                if (!run(s))
                    return fail(bulk::sqliteError(handle, tr("Cannot write the stage history")));
                s = audit.get();
                sqlite3_bind_int64(s, 1, change.id);
                sqlite3_bind_int64(s, 2, version);
                sqlite3_bind_text(s, 3, from.constData(), int(from.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(s, 4, actor.constData(), int(actor.size()), SQLITE_STATIC);
                sqlite3_bind_int64(s, 5, at);
                if (!run(s))
                    return fail(bulk::sqliteError(handle, tr("Cannot write the audit log")));
                ++totals.promoted;
            }
            if ((++written & 0x3fff) == 0 && progress) {
                if (progress->isCancelled())
                    return fail(
                        ErrorCode::Cancelled, tr("Rescoring was cancelled; no score changed."));
                progress->update(
                    leadCount / 2 + written * leadCount / qint64(2 * changes.size()), leadCount);
            }
        }
    }
    qCDebug(lcScoring) << "written:" << timer.elapsed() << "ms";
    for (const auto &[key, value] : {std::pair {u"scoring.rescored_at"_s, QString::number(at)},
             std::pair {stateFingerprintKey, QString::number(fingerprint)},
             std::pair {stateTouchpointKey, QString::number(maxTouchpoint)},
             std::pair {stateValidKey, u"1"_s}}) {
        if (auto done = settings.setValue(key, value); !done)
            return fail(done.error());
    }
    // New MQLs without an owner go to routing, with the rest of the MQL backlog, when routing
    // runs on MQL.
    if (totals.promoted > 0) {
        auto routing = RoutingSettings::load(m_db);
        if (!routing)
            return fail(routing.error());
        if (routing->trigger == RoutingSettings::Trigger::OnMql) {
            Router router(m_db);
            router.setNow(at);
            if (auto routed = router.routeBacklog(); !routed)
                return fail(routed.error());
        }
    }
    // The checks above run every so many rows; a cancel that came in between (or before a pass
    // too small to reach one) still undoes everything.
    if (progress && progress->isCancelled())
        return fail(ErrorCode::Cancelled, tr("Rescoring was cancelled; no score changed."));
    qCDebug(lcScoring) << "routed:" << timer.elapsed() << "ms";
    if (beforeCommit) {
        if (auto done = beforeCommit(); !done)
            return fail(done.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    qCDebug(lcScoring) << "committed:" << timer.elapsed() << "ms";
    if (progress)
        progress->update(leadCount, leadCount);
    totals.elapsedMs = timer.elapsed();
    return totals;
}

} // namespace lf
