// Routing commands: users, routing, route, assign, why-owner, accept, reject, recycle, sla.

#include "cli.h"
#include "routing/businesscalendar.h"
#include "routing/router.h"
#include "routing/routingrule.h"
#include "routing/userservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lf::cli {

namespace {

QCommandLineOption valueOption(const QString &name, const char *description, const char *value)
{
    return QCommandLineOption(name, tr(description), tr(value));
}

#define LF_OPTION(function, name, description, value)                                              \
    const QCommandLineOption &function()                                                           \
    {                                                                                              \
        static const QCommandLineOption option = valueOption(u"" name ""_s, description, value);   \
        return option;                                                                             \
    }
#define LF_FLAG(function, name, description)                                                       \
    const QCommandLineOption &function()                                                           \
    {                                                                                              \
        static const QCommandLineOption option(u"" name ""_s, tr(description));                    \
        return option;                                                                             \
    }

LF_OPTION(nameOption, "name", "Name.", "name")
LF_OPTION(emailOption, "email", "Email address.", "email")
LF_OPTION(roleOption, "role", "rep, manager or admin.", "role")
LF_OPTION(capacityOption, "capacity", "Leads a week this person can take.", "number")
LF_OPTION(territoryOption, "territory",
    "Countries (DE,AT), or industry:Software,Retail, or product:X,Y; repeat for several kinds. "
    "\"none\" clears them.",
    "list")
LF_OPTION(managerOption, "manager", "Who SLA breaches escalate to (id, email or name).", "user")
LF_OPTION(awayOption, "away",
    "Away from..to (ISO 8601 dates or times; the end is exclusive); none cancels the absences "
    "not over yet.",
    "from..to")
LF_FLAG(activeOption, "active", "Mark active.")
LF_FLAG(inactiveOption, "inactive", "Mark inactive: routing skips them.")
LF_FLAG(backlogOption, "backlog", "Route every MQL that has no owner.")
LF_OPTION(reasonOption, "reason", "Why.", "text")
LF_OPTION(noteOption, "note", "A note.", "text")
LF_OPTION(untilOption, "until", "Look at it again from this date (ISO 8601).", "date")
LF_FLAG(resetScoreOption, "reset-score", "Start the engagement score afresh.")
LF_OPTION(toOption, "to",
    "reject: back to routing (another rep) or marketing. routing add: the user.", "where")
LF_OPTION(whenOption, "when",
    "A condition, e.g. \"country in DE,AT\", \"score >= 60\", \"employee_count 51..1000\", "
    "\"title ~ director\", \"phone_e164 present\"; repeat for several (all must hold).",
    "condition")
LF_OPTION(poolOption, "pool", "Users served round robin (ids, emails or names, comma-separated).",
    "users")
LF_OPTION(slaHoursOption, "sla-hours", "First-contact deadline in business hours.", "hours")
LF_OPTION(positionOption, "position", "Place in the rule order (1 = first).", "number")
LF_OPTION(triggerOption, "trigger", "mql: route when a lead becomes MQL; manual: on demand.",
    "mql|manual")
LF_OPTION(overflowOption, "overflow",
    "Who takes leads when every rep is at capacity (id, email or name), or none to leave them "
    "unassigned.",
    "user")
LF_OPTION(accountBasedOption, "account-based", "A known account's leads go to its owner.", "on|off")
LF_OPTION(
    reassignOption, "reassign-on-breach", "Hand a lead on when its SLA is breached.", "on|off")
LF_OPTION(hoursOption, "hours", "Business hours, e.g. 09:00-17:00.", "from-to")
LF_OPTION(daysOption, "days", "Business days as ISO weekdays, e.g. 1,2,3,4,5.", "list")
LF_OPTION(timeZoneOption, "time-zone", "IANA time zone of the business hours.", "zone")
LF_OPTION(defaultHoursOption, "default-hours", "Default first-contact deadline.", "hours")

#undef LF_OPTION
#undef LF_FLAG

Result<QDateTime> parseTime(const QString &text, const QString &what)
{
    auto value = LeadService::parseValue(LeadField::CreatedAt, text);
    if (!value || value->isNull())
        return fail(ErrorCode::Invalid,
            tr("%1 must be a date or time in ISO 8601 form, not \"%2\".").arg(what, text));
    return QDateTime::fromMSecsSinceEpoch(value->toLongLong(), Qt::UTC);
}

/// A 1-based place in the rule order.
Result<int> parsePosition(const QString &text)
{
    bool ok = false;
    const int position = text.trimmed().toInt(&ok);
    if (!ok || position < 1)
        return fail(ErrorCode::Invalid,
            tr("The position must be a whole number from 1 (the first rule), not \"%1\".")
                .arg(text));
    return position;
}

Result<bool> onOff(const QString &text, const QString &option)
{
    const QString value = text.trimmed().toLower();
    if (value == u"on"_s || value == u"yes"_s || value == u"1"_s)
        return true;
    if (value == u"off"_s || value == u"no"_s || value == u"0"_s)
        return false;
    return fail(ErrorCode::Invalid, tr("--%1 must be on or off.").arg(option));
}

void printJson(Context &ctx, const QJsonValue &value)
{
    ctx.out << QString::fromUtf8(
        (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
            .toJson(QJsonDocument::Indented));
}

int openWritable(Context &ctx)
{
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    if (auto writable = ctx.database->ensureWritable(); !writable)
        return ctx.error(writable.error());
    return Success;
}

// --- users ------------------------------------------------------------------------------------

Status applyUserOptions(Context &ctx, User &user)
{
    const QCommandLineParser &p = ctx.parser;
    if (p.isSet(nameOption()))
        user.name = p.value(nameOption());
    if (p.isSet(emailOption()))
        user.email = p.value(emailOption());
    if (p.isSet(roleOption())) {
        const auto role = User::roleFromString(p.value(roleOption()));
        if (!role)
            return fail(ErrorCode::Invalid, tr("--role must be rep, manager or admin."), u"role"_s);
        user.role = *role;
    }
    if (p.isSet(capacityOption())) {
        bool ok = false;
        user.capacityPerWeek = p.value(capacityOption()).toInt(&ok);
        if (!ok)
            return fail(
                ErrorCode::Invalid, tr("--capacity must be a whole number."), u"capacity"_s);
    }
    if (p.isSet(territoryOption())) {
        user.countries.clear();
        user.industries.clear();
        user.products.clear();
        for (const QString &spec : p.values(territoryOption())) {
            if (spec.trimmed().compare(u"none"_s, Qt::CaseInsensitive) == 0)
                continue;
            QString kind = u"country"_s;
            QString list = spec;
            if (const qsizetype colon = spec.indexOf(u':'); colon > 0) {
                kind = spec.left(colon).trimmed().toLower();
                list = spec.mid(colon + 1);
            }
            QStringList values;
            for (const QString &value : list.split(u','))
                if (!value.trimmed().isEmpty())
                    values << value.trimmed();
            if (kind == u"country"_s || kind == u"countries"_s)
                user.countries << values;
            else if (kind == u"industry"_s || kind == u"industries"_s)
                user.industries << values;
            else if (kind == u"product"_s || kind == u"products"_s)
                user.products << values;
            else
                return fail(ErrorCode::Invalid,
                    tr("\"%1\" is not a territory kind; use country, industry or product.")
                        .arg(kind),
                    u"territory"_s);
        }
    }
    if (p.isSet(managerOption())) {
        const QString manager = p.value(managerOption());
        if (manager.isEmpty() || manager == u"none"_s) {
            user.managerId = 0;
        } else {
            auto found = UserService(ctx.database->connection()).find(manager);
            if (!found)
                return fail(found.error());
            user.managerId = found->id;
        }
    }
    if (p.isSet(activeOption()))
        user.active = true;
    if (p.isSet(inactiveOption()))
        user.active = false;
    return {};
}

Status applyAway(Context &ctx, qint64 userId)
{
    if (!ctx.parser.isSet(awayOption()))
        return {};
    const QString text = ctx.parser.value(awayOption()).trimmed();
    if (text.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
        auto cleared = UserService(ctx.database->connection())
                           .clearAbsences(userId, QDateTime::currentDateTimeUtc());
        if (!cleared)
            return fail(cleared.error());
        return {};
    }
    const QStringList parts = text.split(u".."_s);
    if (parts.size() != 2)
        return fail(ErrorCode::Invalid,
            tr("--away needs FROM..TO, e.g. 2026-12-21..2027-01-04, or none to cancel the "
               "absences not over yet."));
    auto from = parseTime(parts[0], u"--away"_s);
    if (!from)
        return fail(from.error());
    auto to = parseTime(parts[1], u"--away"_s);
    if (!to)
        return fail(to.error());
    auto added = UserService(ctx.database->connection()).addAbsence(userId, *from, *to);
    if (!added)
        return fail(added.error());
    return {};
}

int runUsers(Context &ctx)
{
    const auto format = parseFormat(ctx);
    if (!format)
        return Usage;
    const QString action = ctx.arguments.value(0, u"list"_s);
    if (action == u"list"_s) {
        if (int code = openDatabase(ctx, false); code != Success)
            return code;
        UserService users(ctx.database->connection());
        auto all = users.list();
        if (!all)
            return ctx.error(all.error());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QHash<qint64, QString> names;
        for (const User &user : std::as_const(*all))
            names.insert(user.id, user.name);
        QList<QStringList> rows;
        QJsonArray array;
        for (const User &user : std::as_const(*all)) {
            auto away = users.awayAt(user.id, now);
            const QString awayUntil = away && *away ? (*away)->to.toString(Qt::ISODate) : QString();
            QStringList territory;
            if (!user.countries.isEmpty())
                territory << user.countries.join(u',');
            if (!user.industries.isEmpty())
                territory << u"industry:"_s + user.industries.join(u',');
            if (!user.products.isEmpty())
                territory << u"product:"_s + user.products.join(u',');
            rows << QStringList {QString::number(user.id), user.name, user.email,
                User::roleKey(user.role), user.active ? tr("yes") : tr("no"),
                QString::number(user.capacityPerWeek), territory.join(u' '),
                names.value(user.managerId), awayUntil};
            array.append(QJsonObject {{u"id"_s, user.id}, {u"name"_s, user.name},
                {u"email"_s, user.email}, {u"role"_s, User::roleKey(user.role)},
                {u"active"_s, user.active}, {u"capacity"_s, user.capacityPerWeek},
                {u"countries"_s, QJsonArray::fromStringList(user.countries)},
                {u"industries"_s, QJsonArray::fromStringList(user.industries)},
                {u"products"_s, QJsonArray::fromStringList(user.products)},
                {u"manager"_s, user.managerId > 0 ? QJsonValue(user.managerId) : QJsonValue()},
                {u"away_until"_s, awayUntil.isEmpty() ? QJsonValue() : QJsonValue(awayUntil)}});
        }
        if (*format == Format::Json) {
            printJson(ctx, array);
            return Success;
        }
        printRows(ctx.out, *format,
            {u"id"_s, u"name"_s, u"email"_s, u"role"_s, u"active"_s, u"capacity"_s, u"territory"_s,
                u"manager"_s, u"away_until"_s},
            rows);
        return Success;
    }
    if (action != u"add"_s && action != u"update"_s)
        return ctx.error(
            tr("Unknown users action \"%1\"; use list, add or update.").arg(action), Usage);
    if (int code = openWritable(ctx); code != Success)
        return code;
    UserService users(ctx.database->connection());
    Transaction transaction(ctx.database->connection());
    if (auto begun = transaction.begin(); !begun)
        return ctx.error(begun.error());
    User user;
    if (action == u"update"_s) {
        if (ctx.arguments.size() != 2)
            return ctx.error(tr("users update needs the user (id, email or name)."), Usage);
        auto found = users.find(ctx.arguments[1]);
        if (!found)
            return ctx.error(found.error());
        user = *found;
    } else if (ctx.arguments.size() != 1) {
        return ctx.error(tr("users add takes options only (--name, --email, ...)."), Usage);
    }
    if (auto applied = applyUserOptions(ctx, user); !applied)
        return ctx.error(applied.error());
    auto saved = action == u"add"_s ? users.add(user) : users.update(user);
    if (!saved)
        return ctx.error(saved.error());
    if (auto away = applyAway(ctx, saved->id); !away)
        return ctx.error(away.error());
    if (auto committed = transaction.commit(); !committed)
        return ctx.error(committed.error());
    ctx.out << (action == u"add"_s ? tr("Added user %1: %2.") : tr("Updated user %1: %2."))
                   .arg(saved->id)
                   .arg(saved->name)
            << '\n';
    return Success;
}

// --- routing rules ----------------------------------------------------------------------------

Result<QList<qint64>> userIds(Context &ctx, const QString &list)
{
    QList<qint64> ids;
    UserService users(ctx.database->connection());
    for (const QString &item : list.split(u',')) {
        if (item.trimmed().isEmpty())
            continue;
        auto user = users.find(item.trimmed());
        if (!user)
            return fail(user.error());
        ids << user->id;
    }
    return ids;
}

int listRoutingRules(Context &ctx, Format format, RoutingRuleStore &store)
{
    auto rules = store.list();
    if (!rules)
        return ctx.error(rules.error());
    const QHash<qint64, QString> names = ownerNames(ctx);
    QList<QStringList> rows;
    QJsonArray array;
    for (const RoutingRule &rule : std::as_const(*rules)) {
        QStringList pool;
        for (qint64 id : rule.pool)
            pool << names.value(id, QString::number(id));
        const QString target = rule.targetUserId > 0 ? names.value(rule.targetUserId)
                                                     : tr("pool: %1").arg(pool.join(u", "_s));
        rows << QStringList {QString::number(rule.id), QString::number(rule.position), rule.name,
            rule.describe(), target,
            rule.slaHours ? QString::number(*rule.slaHours) : tr("default"),
            rule.enabled ? tr("yes") : tr("no")};
        QJsonArray conditions;
        for (const Condition &condition : rule.conditions)
            conditions.append(condition.toJson());
        QJsonArray poolIds;
        for (qint64 id : rule.pool)
            poolIds.append(id);
        array.append(QJsonObject {{u"id"_s, rule.id}, {u"position"_s, rule.position},
            {u"name"_s, rule.name}, {u"conditions"_s, conditions},
            {u"user"_s, rule.targetUserId > 0 ? QJsonValue(rule.targetUserId) : QJsonValue()},
            {u"pool"_s, poolIds},
            {u"sla_hours"_s, rule.slaHours ? QJsonValue(*rule.slaHours) : QJsonValue()},
            {u"enabled"_s, rule.enabled}});
    }
    if (format == Format::Json) {
        printJson(ctx, array);
        return Success;
    }
    printRows(ctx.out, format,
        {u"id"_s, u"position"_s, u"name"_s, u"when"_s, u"to"_s, u"sla_hours"_s, u"enabled"_s},
        rows);
    return Success;
}

/// routing settings [options]: shows them, changed by the options given (writes: any given).
int routingSettings(Context &ctx, QSqlDatabase db, bool writes)
{
    auto settings = RoutingSettings::load(db);
    if (!settings)
        return ctx.error(settings.error());
    if (ctx.parser.isSet(triggerOption())) {
        const QString trigger = ctx.parser.value(triggerOption());
        if (trigger != u"mql"_s && trigger != u"manual"_s)
            return ctx.error(tr("--trigger must be mql or manual."), Usage);
        settings->trigger = trigger == u"mql"_s ? RoutingSettings::Trigger::OnMql
                                                : RoutingSettings::Trigger::Manual;
    }
    for (auto [option, target] : {std::pair {&accountBasedOption(), &settings->accountBased},
             std::pair {&reassignOption(), &settings->reassignOnBreach}}) {
        if (!ctx.parser.isSet(*option))
            continue;
        auto value = onOff(ctx.parser.value(*option), option->names().constFirst());
        if (!value)
            return ctx.error(value.error());
        *target = *value;
    }
    if (ctx.parser.isSet(overflowOption())) {
        const QString who = ctx.parser.value(overflowOption()).trimmed();
        if (who.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
            settings->overflowUserId = 0;
        } else {
            auto user = UserService(db).find(who);
            if (!user)
                return ctx.error(user.error());
            settings->overflowUserId = user->id;
        }
    }
    if (writes) {
        if (auto saved = settings->save(db); !saved)
            return ctx.error(saved.error());
    }
    QString overflow = tr("wait unassigned");
    if (settings->overflowUserId > 0) {
        auto user = UserService(db).get(settings->overflowUserId);
        overflow =
            tr("go to %1").arg(user ? user->name : tr("user %1").arg(settings->overflowUserId));
    }
    ctx.out << tr("Routing runs %1; account-based %2; on an SLA breach leads %3; when every "
                  "rep is full, leads %4.")
                   .arg(settings->trigger == RoutingSettings::Trigger::OnMql
                           ? tr("when a lead becomes MQL")
                           : tr("on demand only"),
                       settings->accountBased ? tr("on") : tr("off"),
                       settings->reassignOnBreach ? tr("go to the next rep")
                                                  : tr("stay with their owner"),
                       overflow)
            << '\n';
    return Success;
}

int addRoutingRule(Context &ctx, RoutingRuleStore &store)
{
    RoutingRule rule;
    rule.name = ctx.parser.value(nameOption());
    for (const QString &text : ctx.parser.values(whenOption())) {
        auto condition = Condition::parse(text);
        if (!condition)
            return ctx.error(condition.error());
        rule.conditions << *condition;
    }
    if (ctx.parser.isSet(toOption())) {
        auto ids = userIds(ctx, ctx.parser.value(toOption()));
        if (!ids)
            return ctx.error(ids.error());
        if (ids->size() != 1)
            return ctx.error(tr("--to names one user; use --pool for several."), Usage);
        rule.targetUserId = ids->constFirst();
    }
    if (ctx.parser.isSet(poolOption())) {
        auto ids = userIds(ctx, ctx.parser.value(poolOption()));
        if (!ids)
            return ctx.error(ids.error());
        rule.pool = *ids;
    }
    if (ctx.parser.isSet(slaHoursOption())) {
        bool ok = false;
        rule.slaHours = ctx.parser.value(slaHoursOption()).toDouble(&ok);
        if (!ok)
            return ctx.error(tr("--sla-hours must be a number."), Usage);
    }
    if (ctx.parser.isSet(positionOption())) {
        // A typo must not quietly append the rule (toInt() gives 0 for "fisrt").
        auto position = parsePosition(ctx.parser.value(positionOption()));
        if (!position)
            return ctx.error(position.error());
        rule.position = *position;
    }
    auto added = store.add(rule);
    if (!added)
        return ctx.error(added.error());
    ctx.out << tr("Added routing rule %1 at position %2: %3 (%4).")
                   .arg(added->id)
                   .arg(added->position)
                   .arg(added->name, added->describe())
            << '\n';
    return Success;
}

/// routing remove ID, routing move ID POSITION
int removeOrMoveRule(Context &ctx, RoutingRuleStore &store, const QString &action)
{
    if (ctx.arguments.size() != (action == u"move"_s ? 3 : 2))
        return ctx.error(action == u"move"_s ? tr("routing move needs a rule id and a position.")
                                             : tr("routing remove needs a rule id."),
            Usage);
    auto id = parseId(ctx.arguments[1]);
    if (!id)
        return ctx.error(id.error());
    // "routing move 3 top" must not move rule 3 to the top by way of toInt() == 0.
    auto position = action == u"move"_s ? parsePosition(ctx.arguments[2]) : Result<int>(0);
    if (!position)
        return ctx.error(position.error());
    const Status done = action == u"remove"_s ? store.remove(*id) : store.move(*id, *position);
    if (!done)
        return ctx.error(done.error());
    ctx.out << (action == u"remove"_s ? tr("Removed routing rule %1.").arg(*id)
                                      : tr("Moved routing rule %1.").arg(*id))
            << '\n';
    return Success;
}

int runRouting(Context &ctx)
{
    const auto format = parseFormat(ctx);
    if (!format)
        return Usage;
    const QString action = ctx.arguments.value(0, u"list"_s);
    const bool writes = action != u"list"_s
        && !(action == u"settings"_s && !ctx.parser.isSet(triggerOption())
            && !ctx.parser.isSet(accountBasedOption()) && !ctx.parser.isSet(reassignOption())
            && !ctx.parser.isSet(overflowOption()));
    if (int code = writes ? openWritable(ctx) : openDatabase(ctx, false); code != Success)
        return code;
    QSqlDatabase db = ctx.database->connection();
    RoutingRuleStore store(db);
    if (action == u"list"_s)
        return listRoutingRules(ctx, *format, store);
    if (action == u"settings"_s)
        return routingSettings(ctx, db, writes);
    if (action == u"add"_s)
        return addRoutingRule(ctx, store);
    if (action == u"remove"_s || action == u"move"_s)
        return removeOrMoveRule(ctx, store, action);
    return ctx.error(
        tr("Unknown routing action \"%1\"; use list, add, remove, move or settings.").arg(action),
        Usage);
}

// --- route / assign / why-owner ---------------------------------------------------------------

int runRoute(Context &ctx)
{
    const bool backlog = ctx.parser.isSet(backlogOption());
    if (backlog == !ctx.arguments.isEmpty())
        return ctx.error(tr("route needs lead ids or --backlog."), Usage);
    QList<qint64> ids;
    for (const QString &argument : std::as_const(ctx.arguments)) {
        auto id = parseId(argument);
        if (!id)
            return ctx.error(id.error());
        ids << *id;
    }
    if (int code = openWritable(ctx); code != Success)
        return code;
    Router router(ctx.database->connection());
    if (backlog) {
        auto totals = router.routeBacklog();
        if (!totals)
            return ctx.error(totals.error());
        const QLocale locale;
        ctx.out << tr("Routed %1 of %2 leads in %3 s; %4 found nobody.")
                       .arg(locale.toString(totals->assigned), locale.toString(totals->leads))
                       .arg(double(totals->elapsedMs) / 1000.0, 0, 'f', 2)
                       .arg(locale.toString(totals->unassigned))
                << '\n';
        const QHash<qint64, QString> names = ownerNames(ctx);
        QList<qint64> users = totals->perUser.keys();
        std::sort(users.begin(), users.end());
        for (qint64 user : std::as_const(users))
            ctx.out << u"  %1  %2"_s.arg(
                locale.toString(totals->perUser.value(user)).rightJustified(9), names.value(user))
                    << '\n';
        return Success;
    }
    int code = Success;
    for (qint64 id : std::as_const(ids)) {
        auto outcome = router.route(id);
        if (!outcome)
            return ctx.error(outcome.error());
        if (outcome->assigned)
            ctx.out << tr("Lead %1 → %2: %3.").arg(id).arg(outcome->userName, outcome->reason)
                    << '\n';
        else {
            ctx.err << tr("Lead %1 stays without an owner: %2").arg(id).arg(outcome->reason)
                    << '\n';
            code = Failure;
        }
    }
    return code;
}

int runAssign(Context &ctx)
{
    if (ctx.arguments.size() != 2)
        return ctx.error(tr("assign needs a lead id and a user (id, email or name)."), Usage);
    auto id = parseId(ctx.arguments[0]);
    if (!id)
        return ctx.error(id.error());
    if (int code = openWritable(ctx); code != Success)
        return code;
    auto user = UserService(ctx.database->connection()).find(ctx.arguments[1]);
    if (!user)
        return ctx.error(user.error());
    auto outcome =
        Router(ctx.database->connection()).assign(*id, user->id, ctx.parser.value(reasonOption()));
    if (!outcome)
        return ctx.error(outcome.error());
    ctx.out << tr("Lead %1 → %2.").arg(*id).arg(outcome->userName) << '\n';
    return Success;
}

int runWhyOwner(Context &ctx)
{
    if (ctx.arguments.size() != 1)
        return ctx.error(tr("why-owner needs one lead id."), Usage);
    auto id = parseId(ctx.arguments[0]);
    if (!id)
        return ctx.error(id.error());
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    auto why = Router(ctx.database->connection()).whyOwner(*id);
    if (!why)
        return ctx.error(why.error());
    ctx.out << *why << '\n';
    return Success;
}

// --- accept / reject / recycle ----------------------------------------------------------------

int runFeedback(Context &ctx, const QString &what)
{
    if (ctx.arguments.size() != 1)
        return ctx.error(tr("%1 needs one lead id.").arg(what), Usage);
    auto id = parseId(ctx.arguments[0]);
    if (!id)
        return ctx.error(id.error());
    if (int code = openWritable(ctx); code != Success)
        return code;
    Router router(ctx.database->connection());
    Result<Lead> lead = fail(ErrorCode::Invalid, QString());
    if (what == u"accept"_s) {
        lead = router.accept(*id, ctx.parser.value(noteOption()));
    } else if (what == u"reject"_s) {
        const QString to =
            ctx.parser.value(toOption()).isEmpty() ? u"routing"_s : ctx.parser.value(toOption());
        if (to != u"routing"_s && to != u"marketing"_s)
            return ctx.error(tr("--to must be routing or marketing."), Usage);
        lead = router.reject(*id, ctx.parser.value(reasonOption()),
            to == u"routing"_s ? Router::RejectTo::Routing : Router::RejectTo::Marketing);
    } else {
        QDateTime until;
        if (ctx.parser.isSet(untilOption())) {
            auto parsed = parseTime(ctx.parser.value(untilOption()), u"--until"_s);
            if (!parsed)
                return ctx.error(parsed.error());
            until = *parsed;
        }
        lead = router.recycle(
            *id, ctx.parser.value(reasonOption()), until, ctx.parser.isSet(resetScoreOption()));
    }
    if (!lead)
        return ctx.error(lead.error());
    const QHash<qint64, QString> names = ownerNames(ctx);
    ctx.out << tr("Lead %1 is now %2, owner %3.")
                   .arg(*id)
                   .arg(stageLabel(lead->stage()),
                       lead->isNull(LeadField::OwnerId)
                           ? tr("none")
                           : names.value(lead->integer(LeadField::OwnerId)))
            << '\n';
    return Success;
}

// --- sla --------------------------------------------------------------------------------------

int slaOverdue(Context &ctx, Format format)
{
    if (int code = openDatabase(ctx, false); code != Success)
        return code;
    auto late = Router(ctx.database->connection()).overdue();
    if (!late)
        return ctx.error(late.error());
    QList<QStringList> rows;
    QJsonArray array;
    for (const OverdueLead &o : std::as_const(*late)) {
        rows << QStringList {QString::number(o.leadId), o.leadName, o.userName,
            o.dueAt.toString(Qt::ISODate), QString::number(o.businessHoursLate, 'f', 1),
            o.breachedAt.isValid() ? o.breachedAt.toString(Qt::ISODate) : QString()};
        array.append(
            QJsonObject {{u"lead"_s, o.leadId}, {u"name"_s, o.leadName}, {u"owner"_s, o.userId},
                {u"owner_name"_s, o.userName}, {u"due_at"_s, o.dueAt.toString(Qt::ISODate)},
                {u"business_hours_late"_s, o.businessHoursLate},
                {u"breached_at"_s,
                    o.breachedAt.isValid() ? QJsonValue(o.breachedAt.toString(Qt::ISODate))
                                           : QJsonValue()},
                {u"escalated_to"_s, o.escalatedTo > 0 ? QJsonValue(o.escalatedTo) : QJsonValue()}});
    }
    if (format == Format::Json) {
        printJson(ctx, array);
        return Success;
    }
    printRows(ctx.out, format,
        {u"lead"_s, u"name"_s, u"owner"_s, u"due"_s, u"hours_late"_s, u"breach_recorded"_s}, rows);
    return Success;
}

int slaCheck(Context &ctx)
{
    if (int code = openWritable(ctx); code != Success)
        return code;
    auto totals = Router(ctx.database->connection()).processBreaches();
    if (!totals)
        return ctx.error(totals.error());
    ctx.out << tr("%1 new breaches: %2 escalated to a manager, %3 handed to another rep.")
                   .arg(totals->breached)
                   .arg(totals->escalated)
                   .arg(totals->reassigned)
            << '\n';
    return Success;
}

/// sla settings [options]: the business calendar, changed by the options given.
int slaSettings(Context &ctx)
{
    const bool writes = ctx.parser.isSet(hoursOption()) || ctx.parser.isSet(daysOption())
        || ctx.parser.isSet(timeZoneOption()) || ctx.parser.isSet(defaultHoursOption());
    if (int code = writes ? openWritable(ctx) : openDatabase(ctx, false); code != Success)
        return code;
    QSqlDatabase db = ctx.database->connection();
    auto calendar = BusinessCalendar::load(db);
    if (!calendar)
        return ctx.error(calendar.error());
    if (ctx.parser.isSet(hoursOption())) {
        const QStringList parts = ctx.parser.value(hoursOption()).split(u'-');
        const QTime start = QTime::fromString(parts.value(0).trimmed(), u"HH:mm"_s);
        const QTime end = QTime::fromString(parts.value(1).trimmed(), u"HH:mm"_s);
        if (parts.size() != 2 || !start.isValid() || !end.isValid())
            return ctx.error(tr("--hours needs HH:mm-HH:mm, e.g. 09:00-17:00."), Usage);
        if (auto set = calendar->setHours(start, end); !set)
            return ctx.error(set.error());
    }
    if (ctx.parser.isSet(daysOption())) {
        QList<int> days;
        for (const QString &day : ctx.parser.value(daysOption()).split(u',')) {
            bool ok = false;
            days << day.trimmed().toInt(&ok);
            if (!ok)
                return ctx.error(tr("--days needs ISO weekdays 1-7, e.g. 1,2,3,4,5."), Usage);
        }
        if (auto set = calendar->setBusinessDays(days); !set)
            return ctx.error(set.error());
    }
    if (ctx.parser.isSet(timeZoneOption())) {
        const QTimeZone zone(ctx.parser.value(timeZoneOption()).toUtf8());
        if (!zone.isValid())
            return ctx.error(tr("\"%1\" is not a time zone (e.g. Europe/Berlin).")
                                 .arg(ctx.parser.value(timeZoneOption())),
                Usage);
        calendar->setTimeZone(zone);
    }
    if (ctx.parser.isSet(defaultHoursOption())) {
        bool ok = false;
        const double hours = ctx.parser.value(defaultHoursOption()).toDouble(&ok);
        if (!ok)
            return ctx.error(tr("--default-hours must be a number."), Usage);
        if (auto set = calendar->setDefaultSlaHours(hours); !set)
            return ctx.error(set.error());
    }
    if (writes) {
        if (auto saved = calendar->save(db); !saved)
            return ctx.error(saved.error());
    }
    ctx.out << tr("First contact within %1 business hours; business time: %2.")
                   .arg(calendar->defaultSlaHours())
                   .arg(calendar->describe())
            << '\n';
    return Success;
}

/// sla holiday list | add DATE [NAME] | remove DATE
int slaHoliday(Context &ctx, Format format)
{
    const QString what = ctx.arguments.value(1, u"list"_s);
    if (what == u"list"_s) {
        if (int code = openDatabase(ctx, false); code != Success)
            return code;
        auto days = BusinessCalendar::listHolidays(ctx.database->connection());
        if (!days)
            return ctx.error(days.error());
        QList<QStringList> rows;
        for (const auto &[day, name] : std::as_const(*days))
            rows << QStringList {day.toString(Qt::ISODate), name};
        printRows(ctx.out, format, {u"day"_s, u"name"_s}, rows);
        return Success;
    }
    if ((what != u"add"_s && what != u"remove"_s) || ctx.arguments.size() < 3)
        return ctx.error(tr("Use: sla holiday list | add DATE [NAME] | remove DATE."), Usage);
    const QDate day = QDate::fromString(ctx.arguments[2], Qt::ISODate);
    if (!day.isValid())
        return ctx.error(tr("\"%1\" is not a date (YYYY-MM-DD).").arg(ctx.arguments[2]), Usage);
    if (int code = openWritable(ctx); code != Success)
        return code;
    const Status done = what == u"add"_s
        ? BusinessCalendar::addHoliday(
            ctx.database->connection(), day, ctx.arguments.mid(3).join(u' '))
        : BusinessCalendar::removeHoliday(ctx.database->connection(), day);
    if (!done)
        return ctx.error(done.error());
    ctx.out << (what == u"add"_s ? tr("Added the holiday %1.") : tr("Removed the holiday %1."))
                   .arg(day.toString(Qt::ISODate))
            << '\n';
    return Success;
}

int runSla(Context &ctx)
{
    const auto format = parseFormat(ctx);
    if (!format)
        return Usage;
    const QString action = ctx.arguments.value(0, u"overdue"_s);
    if (action == u"overdue"_s)
        return slaOverdue(ctx, *format);
    if (action == u"check"_s)
        return slaCheck(ctx);
    if (action == u"settings"_s)
        return slaSettings(ctx);
    if (action == u"holiday"_s)
        return slaHoliday(ctx, *format);
    return ctx.error(
        tr("Unknown sla action \"%1\"; use overdue, check, settings or holiday.").arg(action),
        Usage);
}

} // namespace

QList<Command> routingCommands()
{
    return {
        {u"users"_s, tr("list|add|update [USER]"),
            tr("The people leads go to: users add --name \"Ann Lee\" --email ann@example.com "
               "--capacity 20 --territory DE,AT"),
            [](QCommandLineParser &parser) {
                parser.addOptions({nameOption(), emailOption(), roleOption(), capacityOption(),
                    territoryOption(), managerOption(), awayOption(), activeOption(),
                    inactiveOption(), formatOption()});
            },
            runUsers},
        {u"routing"_s, tr("list|add|remove|move|settings"),
            tr("Routing rules, in order: routing add --name EMEA --when \"country in DE,AT\" "
               "--pool ann,bob"),
            [](QCommandLineParser &parser) {
                parser.addOptions({nameOption(), whenOption(), toOption(), poolOption(),
                    slaHoursOption(), positionOption(), triggerOption(), accountBasedOption(),
                    reassignOption(), overflowOption(), formatOption()});
            },
            runRouting},
        {u"route"_s, tr("[ID...]"), tr("Route leads now, or every unowned MQL (--backlog)."),
            [](QCommandLineParser &parser) { parser.addOption(backlogOption()); }, runRoute},
        {u"assign"_s, tr("ID USER"), tr("Give a lead to someone by hand."),
            [](QCommandLineParser &parser) { parser.addOption(reasonOption()); }, runAssign},
        {u"why-owner"_s, tr("ID"), tr("Who owns a lead and why, in a sentence."), noOptions,
            runWhyOwner},
        {u"accept"_s, tr("ID"), tr("Sales accepts a lead: it becomes SQL."),
            [](QCommandLineParser &parser) { parser.addOption(noteOption()); },
            [](Context &ctx) {
                return runFeedback(ctx, u"accept"_s);
            }},
        {u"reject"_s, tr("ID"),
            tr("Sales rejects a lead: reject 12 --reason \"Not our market\" [--to marketing]"),
            [](QCommandLineParser &parser) {
                parser.addOptions({reasonOption(), toOption()});
            },
            [](Context &ctx) {
                return runFeedback(ctx, u"reject"_s);
            }},
        {u"recycle"_s, tr("ID"),
            tr("Back to nurturing: recycle 12 --reason \"Next budget year\" --until 2027-03-01"),
            [](QCommandLineParser &parser) {
                parser.addOptions({reasonOption(), untilOption(), resetScoreOption()});
            },
            [](Context &ctx) {
                return runFeedback(ctx, u"recycle"_s);
            }},
        {u"sla"_s, tr("overdue|check|settings|holiday"),
            tr("First-contact deadlines: overdue leads, breach check, business hours, holidays."),
            [](QCommandLineParser &parser) {
                parser.addOptions({hoursOption(), daysOption(), timeZoneOption(),
                    defaultHoursOption(), formatOption()});
            },
            runSla},
    };
}

} // namespace lf::cli
