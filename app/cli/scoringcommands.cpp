// Qualification commands: stage, touch, timeline, rules, rescore, explain, backtest, qualification.

#include "cli.h"
#include "domain/lifecycle.h"
#include "io/fileguard.h"
#include "io/outputfile.h"
#include "leads/touchpointservice.h"
#include "scoring/backtest.h"
#include "scoring/predictor.h"
#include "scoring/qualification.h"
#include "scoring/scorer.h"
#include "scoring/scoringrule.h"
#include "workflow/pendingwork.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace lf::cli {

namespace {

QString trn(const char *text, int n)
{
    return QCoreApplication::translate("leadflow-cli", text, nullptr, n);
}

const QCommandLineOption &reasonOption()
{
    static const QCommandLineOption option(u"reason"_s,
        tr("Why (required for lost and disqualified: one of the qualification definition's "
           "reasons)."),
        tr("text"));
    return option;
}

const QCommandLineOption &ifVersionOption()
{
    static const QCommandLineOption option(u"if-version"_s,
        tr("Only if the lead is still at this version (as shown when you read it)."),
        tr("version"));
    return option;
}

const QCommandLineOption &atOption()
{
    static const QCommandLineOption option(
        u"at"_s, tr("When it happened (ISO 8601; default now)."), tr("time"));
    return option;
}

const QCommandLineOption &noteOption()
{
    static const QCommandLineOption option(u"note"_s, tr("What was said or done."), tr("text"));
    return option;
}

const QCommandLineOption &outcomeOption()
{
    static const QCommandLineOption option(u"outcome"_s,
        tr("How it went: connected, left voicemail, no answer, replied, ..."), tr("text"));
    return option;
}

const QCommandLineOption &channelOption()
{
    static const QCommandLineOption option(
        u"channel"_s, tr("Channel (Phone, Email, In person, ...)."), tr("channel"));
    return option;
}

const QCommandLineOption &campaignOption()
{
    static const QCommandLineOption option(
        u"campaign"_s, tr("Campaign id the touchpoint belongs to."), tr("id"));
    return option;
}

const QCommandLineOption &allOption()
{
    static const QCommandLineOption option(u"all"_s, tr("Rescore every lead."));
    return option;
}

const QCommandLineOption &noRescoreOption()
{
    static const QCommandLineOption option(
        u"no-rescore"_s, tr("Change the rules without rescoring the leads now."));
    return option;
}

const QCommandLineOption &thresholdOption()
{
    static const QCommandLineOption option(
        u"threshold"_s, tr("The MQL threshold to try."), tr("score"));
    return option;
}

const QCommandLineOption &fromOption()
{
    static const QCommandLineOption option(
        u"from"_s, tr("Start of the period (ISO 8601 date, inclusive)."), tr("date"));
    return option;
}

const QCommandLineOption &toOption()
{
    static const QCommandLineOption option(
        u"to"_s, tr("End of the period (ISO 8601 date, exclusive)."), tr("date"));
    return option;
}

// rules add
const QCommandLineOption &kindOption()
{
    static const QCommandLineOption option(u"kind"_s, tr("fit or engagement."), tr("kind"));
    return option;
}
const QCommandLineOption &nameOption()
{
    static const QCommandLineOption option(u"name"_s, tr("The rule's name."), tr("name"));
    return option;
}
const QCommandLineOption &attributeOption()
{
    static const QCommandLineOption option(u"attribute"_s,
        tr("Fit: a lead field (industry, employee_count, title, country, annual_revenue, ...). "
           "Engagement: type, channel or campaign."),
        tr("name"));
    return option;
}
const QCommandLineOption &operatorOption()
{
    static const QCommandLineOption option(
        u"operator"_s, tr("in (default), range, at_least, matches or present."), tr("operator"));
    return option;
}
const QCommandLineOption &valuesOption()
{
    static const QCommandLineOption option(
        u"values"_s, tr("Values for \"in\", separated by commas."), tr("list"));
    return option;
}
const QCommandLineOption &minOption()
{
    static const QCommandLineOption option(
        u"min"_s, tr("Lower bound (money in whole units)."), tr("number"));
    return option;
}
const QCommandLineOption &maxOption()
{
    static const QCommandLineOption option(u"max"_s, tr("Upper bound."), tr("number"));
    return option;
}
const QCommandLineOption &patternOption()
{
    static const QCommandLineOption option(
        u"pattern"_s, tr("Regular expression for \"matches\" (case-insensitive)."), tr("regex"));
    return option;
}
const QCommandLineOption &pointsOption()
{
    static const QCommandLineOption option(
        u"points"_s, tr("Points (negative for the un-ideal profile)."), tr("points"));
    return option;
}
const QCommandLineOption &capOption()
{
    static const QCommandLineOption option(
        u"cap"_s, tr("Engagement: the most this rule adds in total."), tr("points"));
    return option;
}
const QCommandLineOption &halfLifeOption()
{
    static const QCommandLineOption option(u"half-life"_s,
        tr("Engagement: points lose half their weight every this many days."), tr("days"));
    return option;
}
const QCommandLineOption &disabledOption()
{
    static const QCommandLineOption option(u"disabled"_s, tr("Add the rule switched off."));
    return option;
}

// qualification edit
const QCommandLineOption &fileOption()
{
    static const QCommandLineOption option(u"file"_s,
        tr("Read the whole definition from a JSON file (as `qualification show --format json` "
           "writes it)."),
        tr("file"));
    return option;
}
const QCommandLineOption &mqlThresholdOption()
{
    static const QCommandLineOption option(
        u"mql-threshold"_s, tr("Score at which a lead becomes MQL."), tr("score"));
    return option;
}
const QCommandLineOption &autoMqlOption()
{
    static const QCommandLineOption option(
        u"auto-mql"_s, tr("on: leads move to MQL by themselves; off: by hand."), tr("on|off"));
    return option;
}
const QCommandLineOption &gradesOption()
{
    static const QCommandLineOption option(
        u"grades"_s, tr("Fit thresholds of grades A,B,C, e.g. 50,30,10."), tr("A,B,C"));
    return option;
}
const QCommandLineOption &sqlRequiresOption()
{
    static const QCommandLineOption option(u"sql-requires"_s,
        tr("BANT items an SQL must have, e.g. budget,authority,need (empty for none)."),
        tr("list"));
    return option;
}
const QCommandLineOption &idealOption()
{
    static const QCommandLineOption option(
        u"ideal"_s, tr("The ideal customer profile, in words."), tr("text"));
    return option;
}
const QCommandLineOption &unidealOption()
{
    static const QCommandLineOption option(
        u"unideal"_s, tr("The un-ideal customer profile, in words."), tr("text"));
    return option;
}
const QCommandLineOption &lostReasonsOption()
{
    static const QCommandLineOption option(
        u"lost-reasons"_s, tr("Reasons a lead can be lost for, separated by ;."), tr("list"));
    return option;
}
const QCommandLineOption &disqualifyReasonsOption()
{
    static const QCommandLineOption option(u"disqualify-reasons"_s,
        tr("Reasons a lead can be disqualified for, separated by ;."), tr("list"));
    return option;
}
const QCommandLineOption &notesOption()
{
    static const QCommandLineOption option(u"notes"_s, tr("Free notes."), tr("text"));
    return option;
}
const QCommandLineOption &versionOption()
{
    static const QCommandLineOption option(
        u"version"_s, tr("Show this version instead of the current one."), tr("number"));
    return option;
}

Result<qint64> parseTime(const QString &text, const QString &what)
{
    auto value = LeadService::parseValue(LeadField::CreatedAt, text);
    if (!value)
        return fail(ErrorCode::Invalid,
            tr("%1 must be a date or time in ISO 8601 form (2026-11-23 or "
               "2026-11-23T14:30:00Z), not \"%2\".")
                .arg(what, text));
    return value->toLongLong();
}

void printJson(Context &ctx, const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    ctx.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

// --- stage ------------------------------------------------------------------------------------

const QCommandLineOption &valueOption()
{
    static const QCommandLineOption option(u"value"_s,
        tr("The deal value, set with the move (won needs one): --value 25000."), tr("amount"));
    return option;
}

int runStage(Context &ctx)
{
    if (ctx.arguments.size() != 2)
        return ctx.error(tr("stage needs a lead id and the stage to move it to."), Usage);
    auto id = parseId(ctx.arguments[0]);
    if (!id)
        return ctx.error(id.error());
    const auto to = stageFromString(ctx.arguments[1]);
    if (!to) {
        QStringList keys;
        for (Stage s : allStages())
            keys << stageKey(s);
        return ctx.error(
            tr("\"%1\" is not a stage; use one of: %2.").arg(ctx.arguments[1], keys.join(u", "_s)),
            Usage);
    }
    qint64 version = 0;
    if (ctx.parser.isSet(ifVersionOption())) {
        bool ok = false;
        version = ctx.parser.value(ifVersionOption()).toLongLong(&ok);
        if (!ok || version <= 0)
            return ctx.error(tr("--if-version needs a number."), Usage);
    }
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    if (auto writable = ctx.database->ensureWritable(); !writable)
        return ctx.error(writable.error());
    auto before = ctx.leads->get(*id);
    if (!before)
        return ctx.error(before.error());
    LeadChanges changes {{LeadField::Stage, stageKey(*to)}};
    if (ctx.parser.isSet(valueOption())) {
        auto value = LeadService::parseValue(LeadField::Value, ctx.parser.value(valueOption()));
        if (!value)
            return ctx.error(value.error());
        changes.append({LeadField::Value, *value});
    }
    if (before->stage() == *to)
        return ctx.error(tr("Lead %1 is already in %2.").arg(*id).arg(stageLabel(*to)), Failure);
    auto lead = ctx.leads->update(
        *id, version > 0 ? version : before->version(), changes, ctx.parser.value(reasonOption()));
    if (!lead && *to == Stage::Won && lead.error().field == fieldKey(LeadField::Value))
        return ctx.error(lead.error().message + u' ' + tr("Give it with the move: --value 25000."));
    if (!lead)
        return ctx.error(lead.error());
    ctx.out << tr("Lead %1: %2 → %3 (version %4).")
                   .arg(lead->id())
                   .arg(stageLabel(before->stage()), stageLabel(lead->stage()))
                   .arg(lead->version())
            << '\n';
    return Success;
}

// --- touch / timeline -------------------------------------------------------------------------

int runTouch(Context &ctx)
{
    if (ctx.arguments.size() != 2)
        return ctx.error(
            tr("touch needs a lead id and a type (call, email, meeting, note)."), Usage);
    auto id = parseId(ctx.arguments[0]);
    if (!id)
        return ctx.error(id.error());
    Touchpoint touchpoint;
    touchpoint.leadId = *id;
    touchpoint.type = ctx.arguments[1];
    touchpoint.detail = ctx.parser.value(noteOption());
    touchpoint.outcome = ctx.parser.value(outcomeOption());
    touchpoint.channel = ctx.parser.value(channelOption());
    if (ctx.parser.isSet(atOption())) {
        auto at = parseTime(ctx.parser.value(atOption()), u"--at"_s);
        if (!at)
            return ctx.error(at.error());
        touchpoint.at = QDateTime::fromMSecsSinceEpoch(*at, Qt::UTC);
    }
    if (ctx.parser.isSet(campaignOption())) {
        // parseId's message speaks of a lead id; this one is a campaign's.
        bool ok = false;
        touchpoint.campaignId = ctx.parser.value(campaignOption()).toLongLong(&ok);
        if (!ok || touchpoint.campaignId <= 0)
            return ctx.error(tr("--campaign needs a campaign id (a positive number), not \"%1\".")
                                 .arg(ctx.parser.value(campaignOption())),
                Usage);
    }
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    if (auto writable = ctx.database->ensureWritable(); !writable)
        return ctx.error(writable.error());
    TouchpointService service(ctx.database->connection());
    auto logged = service.log(touchpoint);
    if (!logged)
        return ctx.error(logged.error());
    auto lead = ctx.leads->get(*id);
    if (!lead)
        return ctx.error(lead.error());
    ctx.out << tr("Logged %1 #%2 on lead %3 at %4. Score %5 (engagement %6), stage %7.")
                   .arg(logged->type)
                   .arg(logged->id)
                   .arg(*id)
                   .arg(logged->at.toString(Qt::ISODate))
                   .arg(lead->integer(LeadField::Score))
                   .arg(lead->integer(LeadField::EngagementScore))
                   .arg(stageLabel(lead->stage()))
            << '\n';
    return Success;
}

int runTimeline(Context &ctx)
{
    const auto format = parseFormat(ctx);
    if (!format)
        return Usage;
    if (ctx.arguments.size() != 1)
        return ctx.error(tr("timeline needs one lead id."), Usage);
    auto id = parseId(ctx.arguments[0]);
    if (!id)
        return ctx.error(id.error());
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    auto entries = TouchpointService(ctx.database->connection()).timeline(*id);
    if (!entries)
        return ctx.error(entries.error());
    static const char *const kinds[] = {
        "created", "edit", "stage", "touchpoint", "assignment", "deleted", "restored"};
    QList<QStringList> rows;
    for (const TimelineEntry &e : std::as_const(*entries))
        rows << QStringList {e.at.toString(Qt::ISODate), QString::fromLatin1(kinds[int(e.kind)]),
            e.summary, e.detail, e.actor};
    printRows(ctx.out, *format, {u"at"_s, u"kind"_s, u"what"_s, u"detail"_s, u"by"_s}, rows);
    return Success;
}

// --- rescore / explain ------------------------------------------------------------------------

QJsonObject cardToJson(const ScoreCard &card)
{
    QJsonArray rules;
    for (const RuleOutcome &rule : card.rules) {
        QJsonObject object {{u"rule"_s, rule.ruleId}, {u"name"_s, rule.name},
            {u"kind"_s, ScoringRule::kindKey(rule.kind)}, {u"condition"_s, rule.condition},
            {u"matches"_s, rule.matches}, {u"points"_s, rule.points},
            {u"after_decay"_s, rule.afterDecay}, {u"counted"_s, rule.counted}};
        if (rule.cap)
            object.insert(u"cap"_s, *rule.cap);
        if (rule.halfLifeDays)
            object.insert(u"half_life_days"_s, *rule.halfLifeDays);
        rules.append(object);
    }
    return QJsonObject {{u"score"_s, card.score}, {u"fit"_s, card.fit},
        {u"engagement"_s, card.engagement}, {u"grade"_s, QString(card.grade)},
        {u"engagement_raw"_s, card.engagementRaw}, {u"decay_lost"_s, card.decayLost()},
        {u"cap_lost"_s, card.capLost()},
        {u"at"_s, QDateTime::fromMSecsSinceEpoch(card.at, Qt::UTC).toString(Qt::ISODate)},
        {u"rules"_s, rules}};
}

int runRescore(Context &ctx)
{
    const bool all = ctx.parser.isSet(allOption());
    if (all == !ctx.arguments.isEmpty())
        return ctx.error(tr("rescore needs lead ids or --all."), Usage);
    QList<qint64> ids;
    for (const QString &argument : std::as_const(ctx.arguments)) {
        auto id = parseId(argument);
        if (!id)
            return ctx.error(id.error());
        ids << *id;
    }
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    if (auto writable = ctx.database->ensureWritable(); !writable)
        return ctx.error(writable.error());
    return all ? rescoreEveryLead(ctx) : [&] {
        ScoringService scoring(ctx.database->connection());
        for (qint64 id : std::as_const(ids)) {
            auto outcome = scoring.rescore(id);
            if (!outcome)
                return ctx.error(outcome.error());
            ctx.out << tr("Lead %1: score %2 (fit %3, engagement %4), grade %5%6.")
                           .arg(id)
                           .arg(outcome->card.score)
                           .arg(outcome->card.fit)
                           .arg(outcome->card.engagement)
                           .arg(outcome->card.grade)
                           .arg(outcome->promoted ? tr("; moved to MQL") : QString())
                    << '\n';
        }
        return int(Success);
    }();
}

int runExplain(Context &ctx)
{
    const auto format = parseFormat(ctx);
    if (!format)
        return Usage;
    if (ctx.arguments.size() != 1)
        return ctx.error(tr("explain needs one lead id."), Usage);
    auto id = parseId(ctx.arguments[0]);
    if (!id)
        return ctx.error(id.error());
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    auto card = ScoringService(ctx.database->connection()).explain(*id);
    if (!card)
        return ctx.error(card.error());
    auto lead = ctx.leads->get(*id, true);
    if (!lead)
        return ctx.error(lead.error());
    auto predictor = Predictor::train(ctx.database->connection(), {});
    if (!predictor)
        return ctx.error(predictor.error());
    const Prediction prediction = predictor->predict(*lead);

    if (*format == Format::Json) {
        QJsonObject object = cardToJson(*card);
        object.insert(u"lead"_s, *id);
        object.insert(u"stored_score"_s, lead->integer(LeadField::Score));
        QJsonObject predictive {{u"available"_s, prediction.available},
            {u"won"_s, predictor->wonCount()}, {u"lost"_s, predictor->lostCount()}};
        if (prediction.available) {
            predictive.insert(u"probability_won"_s, prediction.probabilityWon);
            predictive.insert(u"prior_won"_s, prediction.priorWon);
            QJsonArray fields;
            for (const FieldEvidence &e : prediction.evidence)
                fields.append(QJsonObject {{u"field"_s, fieldKey(e.field)}, {u"value"_s, e.value},
                    {u"won_with_value"_s, e.wonWithValue}, {u"lost_with_value"_s, e.lostWithValue},
                    {u"ratio"_s, e.ratio}});
            predictive.insert(u"fields"_s, fields);
        } else {
            predictive.insert(u"reason"_s, prediction.reason);
        }
        object.insert(u"predictive"_s, predictive);
        printJson(ctx, object);
        return Success;
    }
    ctx.out << tr("Lead %1, %2").arg(*id).arg(lead->displayName()) << '\n' << card->toText();
    if (lead->integer(LeadField::Score) != card->score)
        ctx.out << tr("(Stored score %1 is from an earlier moment; decay has moved it since. "
                      "`leadflow-cli rescore %2` stores the current one.)")
                       .arg(lead->integer(LeadField::Score))
                       .arg(*id)
                << '\n';
    ctx.out << '\n' << tr("Predictive score (naive Bayes over won and lost leads):") << '\n';
    if (!prediction.available) {
        ctx.out << "  " << prediction.reason << '\n';
        return Success;
    }
    ctx.out << "  "
            << tr("%1 % likely to be won (base rate %2 %, from %3 won and %4 lost leads)")
                   .arg(prediction.probabilityWon * 100.0, 0, 'f', 1)
                   .arg(prediction.priorWon * 100.0, 0, 'f', 1)
                   .arg(predictor->wonCount())
                   .arg(predictor->lostCount())
            << '\n';
    for (const FieldEvidence &e : prediction.evidence)
        ctx.out << "  "
                << u"%1 = %2"_s.arg(fieldKey(e.field), e.value.isEmpty() ? tr("(empty)") : e.value)
                       .leftJustified(40)
                << tr("×%1 (won %2, lost %3 with this value)")
                       .arg(e.ratio, 0, 'f', 2)
                       .arg(e.wonWithValue)
                       .arg(e.lostWithValue)
                << '\n';
    return Success;
}

// --- rules ------------------------------------------------------------------------------------

Result<ScoringRule> ruleFromOptions(const QCommandLineParser &parser)
{
    ScoringRule rule;
    const auto kind = ScoringRule::kindFromString(parser.value(kindOption()));
    if (!kind)
        return fail(ErrorCode::Invalid, tr("--kind must be fit or engagement."), u"kind"_s);
    rule.kind = *kind;
    rule.name = parser.value(nameOption());
    rule.attribute = parser.value(attributeOption());
    const auto op = ScoringRule::operatorFromString(
        parser.isSet(operatorOption()) ? parser.value(operatorOption()) : u"in"_s);
    if (!op)
        return fail(ErrorCode::Invalid,
            tr("--operator must be one of in, range, at_least, matches, present."), u"operator"_s);
    rule.op = *op;
    for (const QString &value : parser.value(valuesOption()).split(u','))
        if (!value.trimmed().isEmpty())
            rule.values << value.trimmed();
    const auto number = [&](const QCommandLineOption &option) -> Result<std::optional<double>> {
        if (!parser.isSet(option))
            return std::optional<double>();
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok)
            return fail(
                ErrorCode::Invalid, tr("--%1 must be a number.").arg(option.names().constFirst()));
        return std::optional<double>(value);
    };
    for (auto [option, target] :
        {std::pair {&minOption(), &rule.min}, std::pair {&maxOption(), &rule.max},
            std::pair {&halfLifeOption(), &rule.halfLifeDays}}) {
        auto value = number(*option);
        if (!value)
            return fail(value.error());
        *target = *value;
    }
    rule.pattern = parser.value(patternOption());
    bool ok = false;
    rule.points = parser.value(pointsOption()).toInt(&ok);
    if (!ok)
        return fail(ErrorCode::Invalid, tr("--points must be a whole number."), u"points"_s);
    if (parser.isSet(capOption())) {
        rule.cap = parser.value(capOption()).toInt(&ok);
        if (!ok)
            return fail(ErrorCode::Invalid, tr("--cap must be a whole number."), u"cap"_s);
    }
    rule.enabled = !parser.isSet(disabledOption());
    if (auto valid = rule.validate(); !valid)
        return fail(valid.error());
    return rule;
}

int listRules(Context &ctx, Format format, ScoringRuleStore &store)
{
    auto rules = store.list();
    if (!rules)
        return ctx.error(rules.error());
    if (format == Format::Json) {
        QJsonArray array;
        for (const ScoringRule &rule : std::as_const(*rules)) {
            QJsonObject object = rule.toJson();
            object.insert(u"id"_s, rule.id);
            array.append(object);
        }
        printJson(ctx, array);
        return Success;
    }
    QList<QStringList> rows;
    for (const ScoringRule &rule : std::as_const(*rules))
        rows << QStringList {QString::number(rule.id), ScoringRule::kindKey(rule.kind), rule.name,
            rule.condition(), QString::number(rule.points),
            rule.cap ? QString::number(*rule.cap) : QString(),
            rule.halfLifeDays ? QString::number(*rule.halfLifeDays) : QString(),
            rule.enabled ? tr("yes") : tr("no")};
    printRows(ctx.out, format,
        {u"id"_s, u"kind"_s, u"name"_s, u"condition"_s, u"points"_s, u"cap"_s, u"half_life_days"_s,
            u"enabled"_s},
        rows);
    return Success;
}

int exportRules(Context &ctx, ScoringRuleStore &store)
{
    if (ctx.arguments.size() != 2)
        return ctx.error(tr("rules export needs a file (- for standard output)."), Usage);
    auto document = store.exportJson();
    if (!document)
        return ctx.error(document.error());
    const QByteArray json = QJsonDocument(*document).toJson(QJsonDocument::Indented);
    if (ctx.arguments[1] == u"-"_s) {
        ctx.out << QString::fromUtf8(json);
        return Success;
    }
    if (auto written = OutputFile::write(ctx.arguments[1], json); !written)
        return ctx.error(written.error());
    ctx.out << trn("Wrote %n rule(s) to %1.", int(document->value(u"rules"_s).toArray().size()))
                   .arg(ctx.arguments[1])
            << '\n';
    return Success;
}

int addRule(Context &ctx, ScoringRuleStore &store)
{
    if (ctx.arguments.size() != 1)
        return ctx.error(tr("rules add takes options only (see --help)."), Usage);
    auto rule = ruleFromOptions(ctx.parser);
    if (!rule)
        return ctx.error(rule.error());
    auto added = store.add(*rule);
    if (!added)
        return ctx.error(added.error());
    ctx.out << tr("Added rule %1: %2 (%3, %4 points).")
                   .arg(added->id)
                   .arg(added->name, added->condition())
                   .arg(added->points)
            << '\n';
    return Success;
}

/// rules remove|enable|disable ID
int changeRule(Context &ctx, ScoringRuleStore &store, const QString &action)
{
    if (ctx.arguments.size() != 2)
        return ctx.error(tr("rules %1 needs a rule id.").arg(action), Usage);
    auto id = parseId(ctx.arguments[1]);
    if (!id)
        return ctx.error(id.error());
    if (action == u"remove"_s) {
        if (auto removed = store.remove(*id); !removed)
            return ctx.error(removed.error());
        ctx.out << tr("Removed rule %1.").arg(*id) << '\n';
        return Success;
    }
    auto rule = store.get(*id);
    if (!rule)
        return ctx.error(rule.error());
    rule->enabled = action == u"enable"_s;
    if (auto saved = store.update(*rule); !saved)
        return ctx.error(saved.error());
    ctx.out << (rule->enabled ? tr("Enabled rule %1.") : tr("Disabled rule %1.")).arg(*id) << '\n';
    return Success;
}

int importRules(Context &ctx, ScoringRuleStore &store)
{
    if (ctx.arguments.size() != 2)
        return ctx.error(tr("rules import needs a file."), Usage);
    const auto bytes = FileGuard::readAll(ctx.arguments[1]);
    if (!bytes)
        return ctx.error(bytes.error());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (!document.isObject())
        return ctx.error(tr("%1 is not a JSON object (%2 at byte %3).")
                             .arg(ctx.arguments[1], parseError.errorString())
                             .arg(parseError.offset),
            Failure);
    auto count = store.importJson(document.object());
    if (!count) {
        Error error = count.error();
        error.file = ctx.arguments[1];
        return ctx.error(error);
    }
    ctx.out
        << trn("Replaced the scoring rules with %n rule(s) from %1.", *count).arg(ctx.arguments[1])
        << '\n';
    return Success;
}

int runRules(Context &ctx)
{
    const auto format = parseFormat(ctx);
    if (!format)
        return Usage;
    const QString action = ctx.arguments.value(0, u"list"_s);
    static const QStringList actions {
        u"list"_s, u"add"_s, u"remove"_s, u"export"_s, u"import"_s, u"enable"_s, u"disable"_s};
    if (!actions.contains(action))
        return ctx.error(
            tr("Unknown rules action \"%1\"; use %2.").arg(action, actions.join(u", "_s)), Usage);
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    ScoringRuleStore store(ctx.database->connection());
    if (action == u"list"_s)
        return listRules(ctx, *format, store);
    if (action == u"export"_s)
        return exportRules(ctx, store);
    if (auto writable = ctx.database->ensureWritable(); !writable)
        return ctx.error(writable.error());
    const int code = action == u"add"_s ? addRule(ctx, store)
        : action == u"import"_s         ? importRules(ctx, store)
                                        : changeRule(ctx, store, action);
    if (code != Success)
        return code;
    if (ctx.parser.isSet(noRescoreOption())) {
        ctx.out << tr("Scores were left as they were; `leadflow-cli rescore --all` applies the "
                      "rules.")
                << '\n';
        return Success;
    }
    return rescoreEveryLead(ctx);
}

// --- backtest ---------------------------------------------------------------------------------

int runBacktest(Context &ctx)
{
    const auto format = parseFormat(ctx);
    if (!format)
        return Usage;
    if (!ctx.parser.isSet(thresholdOption()) || !ctx.parser.isSet(fromOption())
        || !ctx.parser.isSet(toOption()))
        return ctx.error(tr("backtest needs --threshold, --from and --to."), Usage);
    bool ok = false;
    const int threshold = ctx.parser.value(thresholdOption()).toInt(&ok);
    if (!ok)
        return ctx.error(tr("--threshold must be a whole number."), Usage);
    auto from = parseTime(ctx.parser.value(fromOption()), u"--from"_s);
    if (!from)
        return ctx.error(from.error());
    auto to = parseTime(ctx.parser.value(toOption()), u"--to"_s);
    if (!to)
        return ctx.error(to.error());
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    auto result = Backtest(ctx.database->connection())
                      .run(threshold, QDateTime::fromMSecsSinceEpoch(*from, Qt::UTC),
                          QDateTime::fromMSecsSinceEpoch(*to, Qt::UTC));
    if (!result)
        return ctx.error(result.error());
    if (*format == Format::Json) {
        printJson(ctx,
            QJsonObject {{u"threshold"_s, result->threshold},
                {u"from"_s, result->from.toString(Qt::ISODate)},
                {u"to"_s, result->to.toString(Qt::ISODate)}, {u"leads"_s, result->leads},
                {u"mql"_s, result->mql}, {u"mql_won"_s, result->mqlWon},
                {u"mql_lost"_s, result->mqlLost}, {u"mql_open"_s, result->mqlOpen()},
                {u"below"_s, result->below()}, {u"below_won"_s, result->belowWon},
                {u"below_lost"_s, result->belowLost}, {u"below_open"_s, result->belowOpen()},
                {u"mql_win_rate"_s, result->mqlWinRate()},
                {u"below_win_rate"_s, result->belowWinRate()},
                {u"won_caught"_s, result->wonCaught()}});
        return Success;
    }
    ctx.out << result->toText();
    return Success;
}

// --- qualification ----------------------------------------------------------------------------

Result<QualificationDefinition> editedDefinition(
    const QCommandLineParser &parser, QualificationDefinition definition)
{
    if (parser.isSet(fileOption())) {
        const auto bytes = FileGuard::readAll(parser.value(fileOption()));
        if (!bytes)
            return fail(bytes.error());
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
        if (!document.isObject())
            return fail(ErrorCode::Parse,
                tr("%1 is not a JSON object (%2 at byte %3).")
                    .arg(parser.value(fileOption()), parseError.errorString())
                    .arg(parseError.offset));
        auto read = QualificationDefinition::fromJson(document.object());
        if (!read) {
            Error error = read.error();
            error.file = parser.value(fileOption());
            return fail(error);
        }
        definition = *read;
    }
    QJsonObject object = definition.toJson();
    bool ok = true;
    if (parser.isSet(mqlThresholdOption()))
        object.insert(u"mql_threshold"_s, parser.value(mqlThresholdOption()).toInt(&ok));
    if (!ok)
        return fail(ErrorCode::Invalid, tr("--mql-threshold must be a whole number."));
    if (parser.isSet(autoMqlOption())) {
        const QString value = parser.value(autoMqlOption()).toLower();
        if (value != u"on"_s && value != u"off"_s)
            return fail(ErrorCode::Invalid, tr("--auto-mql must be on or off."));
        object.insert(u"auto_mql"_s, value == u"on"_s);
    }
    if (parser.isSet(gradesOption())) {
        const QStringList parts = parser.value(gradesOption()).split(u',');
        QJsonObject grades;
        for (qsizetype i = 0; i < parts.size() && i < 3; ++i) {
            const int value = parts[i].trimmed().toInt(&ok);
            if (!ok)
                break;
            grades.insert(QString(QChar(char16_t(u'A' + i))), value);
        }
        if (!ok || parts.size() != 3)
            return fail(ErrorCode::Invalid, tr("--grades needs three whole numbers: A,B,C."));
        object.insert(u"grades"_s, grades);
    }
    const auto list = [&](const QCommandLineOption &option, const QString &key, QChar separator) {
        if (!parser.isSet(option))
            return;
        QStringList items;
        for (const QString &item : parser.value(option).split(separator))
            if (!item.trimmed().isEmpty())
                items << item.trimmed();
        object.insert(key, QJsonArray::fromStringList(items));
    };
    list(sqlRequiresOption(), u"sql_requires"_s, u',');
    list(lostReasonsOption(), u"lost_reasons"_s, u';');
    list(disqualifyReasonsOption(), u"disqualify_reasons"_s, u';');
    for (auto [option, key] : {std::pair {&idealOption(), u"ideal_profile"_s},
             std::pair {&unidealOption(), u"unideal_profile"_s},
             std::pair {&notesOption(), u"notes"_s}}) {
        if (parser.isSet(*option))
            object.insert(key, parser.value(*option));
    }
    return QualificationDefinition::fromJson(object);
}

int runQualification(Context &ctx)
{
    const auto format = parseFormat(ctx);
    if (!format)
        return Usage;
    const QString action = ctx.arguments.value(0, u"show"_s);
    if (action != u"show"_s && action != u"edit"_s && action != u"history"_s)
        return ctx.error(
            tr("Unknown qualification action \"%1\"; use show, edit or history.").arg(action),
            Usage);
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    QualificationStore store(ctx.database->connection());
    if (action == u"history"_s) {
        auto versions = store.versions();
        if (!versions)
            return ctx.error(versions.error());
        QList<QStringList> rows;
        for (const QualificationDefinition &d : std::as_const(*versions))
            rows << QStringList {QString::number(d.version), d.createdAt.toString(Qt::ISODate),
                d.actor, QString::number(d.mqlThreshold)};
        printRows(ctx.out, *format, {u"version"_s, u"at"_s, u"by"_s, u"mql_threshold"_s}, rows);
        return Success;
    }
    qint64 version = 0;
    if (ctx.parser.isSet(versionOption()) && action == u"show"_s) {
        bool ok = false;
        version = ctx.parser.value(versionOption()).toLongLong(&ok);
        if (!ok || version <= 0)
            return ctx.error(tr("--version needs a version number, not \"%1\".")
                                 .arg(ctx.parser.value(versionOption())),
                Usage);
    }
    auto current = version > 0 ? store.version(version) : store.current();
    if (!current)
        return ctx.error(current.error());
    if (action == u"show"_s) {
        if (*format == Format::Json) {
            QJsonObject object = current->toJson();
            object.insert(u"version"_s, current->version);
            printJson(ctx, object);
        } else {
            ctx.out << current->toText();
        }
        return Success;
    }
    if (auto writable = ctx.database->ensureWritable(); !writable)
        return ctx.error(writable.error());
    auto edited = editedDefinition(ctx.parser, *current);
    if (!edited)
        return ctx.error(edited.error());
    auto saved = store.save(*edited, qEnvironmentVariable("USER", u"local"_s));
    if (!saved)
        return ctx.error(saved.error());
    if (saved->version == current->version) {
        ctx.out << tr("Nothing changed; the definition stays at version %1.").arg(saved->version)
                << '\n';
        return Success;
    }
    ctx.out << tr("Saved the qualification definition as version %1.").arg(saved->version) << '\n';
    if (saved->mqlThreshold != current->mqlThreshold || saved->gradeA != current->gradeA
        || saved->gradeB != current->gradeB || saved->gradeC != current->gradeC
        || saved->autoMql != current->autoMql)
        return rescoreEveryLead(ctx);
    return Success;
}

void ruleOptions(QCommandLineParser &parser)
{
    parser.addOptions({kindOption(), nameOption(), attributeOption(), operatorOption(),
        valuesOption(), minOption(), maxOption(), patternOption(), pointsOption(), capOption(),
        halfLifeOption(), disabledOption(), noRescoreOption(), formatOption()});
}

void qualificationOptions(QCommandLineParser &parser)
{
    parser.addOptions({fileOption(), mqlThresholdOption(), autoMqlOption(), gradesOption(),
        sqlRequiresOption(), idealOption(), unidealOption(), lostReasonsOption(),
        disqualifyReasonsOption(), notesOption(), versionOption(), formatOption()});
}

} // namespace

int rescoreEveryLead(Context &ctx)
{
    auto totals = PendingWork::rescoreAll(
        ctx.database->connection(), qEnvironmentVariable("USER", u"local"_s));
    if (!totals)
        return ctx.error(totals.error());
    const QLocale locale;
    ctx.out << (totals->fullPass
            ? tr("Rescored %1 leads from all %2 touchpoints in %3 s: %4 changed, %5 "
                 "moved to MQL.")
            : tr("Rescored %1 leads from their engagement and %2 new touchpoints in %3 "
                 "s: %4 changed, %5 moved to MQL."))
                   .arg(locale.toString(totals->leads), locale.toString(totals->touchpoints))
                   .arg(double(totals->elapsedMs) / 1000.0, 0, 'f', 2)
                   .arg(locale.toString(totals->changed), locale.toString(totals->promoted))
            << '\n';
    return Success;
}

QList<Command> scoringCommands()
{
    return {
        {u"stage"_s, tr("ID STAGE"),
            tr("Move a lead to a stage the lifecycle allows: stage 12 lost --reason \"No budget\""),
            [](QCommandLineParser &parser) {
                parser.addOptions({reasonOption(), ifVersionOption(), valueOption()});
            },
            runStage},
        {u"touch"_s, tr("ID TYPE"),
            tr("Log a call, email, meeting or note: touch 12 call --outcome connected --note ..."),
            [](QCommandLineParser &parser) {
                parser.addOptions(
                    {atOption(), noteOption(), outcomeOption(), channelOption(), campaignOption()});
            },
            runTouch},
        {u"timeline"_s, tr("ID"),
            tr("A lead's touchpoints, stage changes, owners and edits in time order."), formatOnly,
            runTimeline},
        {u"rules"_s, tr("list|add|remove|enable|disable|export|import"),
            tr("The scoring rules: rules add --kind fit --name ... --attribute industry --values "
               "Software --points 10"),
            ruleOptions, runRules},
        {u"rescore"_s, tr("[ID...]"), tr("Recompute scores, grades and automatic MQL (--all)."),
            [](QCommandLineParser &parser) { parser.addOption(allOption()); }, runRescore},
        {u"explain"_s, tr("ID"),
            tr("Which rules gave a lead which points, what decay took, and the predictive score."),
            formatOnly, runExplain},
        {u"backtest"_s, {},
            tr("What an MQL threshold would have done: backtest --threshold 60 --from D --to D"),
            [](QCommandLineParser &parser) {
                parser.addOptions({thresholdOption(), fromOption(), toOption(), formatOption()});
            },
            runBacktest},
        {u"qualification"_s, tr("show|edit|history"),
            tr("The written qualification definition (versioned)."), qualificationOptions,
            runQualification},
    };
}

} // namespace lf::cli
