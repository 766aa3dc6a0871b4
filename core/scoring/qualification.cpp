#include "qualification.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Qualification", text);
}

constexpr std::array bantItems {
    BantItem::Budget, BantItem::Authority, BantItem::Need, BantItem::Timeline};

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

Result<QStringList> stringList(const QJsonObject &object, const QString &key)
{
    QStringList out;
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return out;
    if (!value.isArray())
        return fail(ErrorCode::Invalid, tr("\"%1\" must be a list of texts.").arg(key), key);
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return fail(ErrorCode::Invalid, tr("\"%1\" must be a list of texts.").arg(key), key);
        const QString text = item.toString().trimmed();
        if (!text.isEmpty())
            out << text;
    }
    return out;
}

Result<int> integer(const QJsonObject &object, const QString &key, int fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!value.isDouble() || number != std::floor(number) || std::abs(number) > 1e6)
        return fail(ErrorCode::Invalid, tr("\"%1\" must be a whole number.").arg(key), key);
    return int(number);
}

QualificationDefinition readRow(const QSqlQuery &query)
{
    // Rows were validated when saved; a row edited by hand that no longer parses falls back to
    // the shipped definition's values for what it lacks.
    const QJsonObject object = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
    QualificationDefinition definition =
        QualificationDefinition::fromJson(object).value_or(QualificationDefinition::shipped());
    definition.version = query.value(0).toLongLong();
    definition.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
    definition.actor = query.value(3).toString();
    return definition;
}

} // namespace

QString bantKey(BantItem item)
{
    switch (item) {
    case BantItem::Budget:
        return u"budget"_s;
    case BantItem::Authority:
        return u"authority"_s;
    case BantItem::Need:
        return u"need"_s;
    case BantItem::Timeline:
        return u"timeline"_s;
    }
    return {};
}

std::optional<BantItem> bantFromString(QStringView text)
{
    const QString wanted = text.trimmed().toString().toLower();
    for (BantItem item : bantItems) {
        if (wanted == bantKey(item) || wanted == u"bant_"_s + bantKey(item))
            return item;
    }
    return std::nullopt;
}

LeadField bantField(BantItem item)
{
    switch (item) {
    case BantItem::Budget:
        return LeadField::BantBudget;
    case BantItem::Authority:
        return LeadField::BantAuthority;
    case BantItem::Need:
        return LeadField::BantNeed;
    case BantItem::Timeline:
        return LeadField::BantTimeline;
    }
    return LeadField::BantNeed;
}

QualificationDefinition QualificationDefinition::shipped()
{
    QualificationDefinition d;
    d.idealProfile = u"B2B companies with 51 to 1,000 employees in software, financial services, "
                     "manufacturing, healthcare or logistics, in the United States or Western "
                     "Europe, where the contact decides or shapes the purchase (owner, C-level, "
                     "VP, director, head of)."_s;
    d.unidealProfile = u"Students, interns and job seekers; schools and non-profits without a "
                       "budget; one-person companies; competitors."_s;
    d.lostReasons = {u"Chose a competitor"_s, u"No budget"_s, u"No decision"_s, u"Bad timing"_s,
        u"Price"_s, u"Went silent"_s};
    d.disqualifyReasons = {u"Spam or fake"_s, u"Student or job seeker"_s, u"Competitor"_s,
        u"Outside target market"_s, u"No need"_s, u"Duplicate"_s};
    d.notes = u"Sales accepts an MQL within one business day, or sends it back with a reason."_s;
    return d;
}

Status QualificationDefinition::validate() const
{
    if (mqlThreshold < 1 || mqlThreshold > 1000)
        return fail(ErrorCode::Invalid,
            tr("The MQL threshold must be between 1 and 1000, not %1.").arg(mqlThreshold),
            u"mql_threshold"_s);
    if (!(gradeA > gradeB && gradeB > gradeC))
        return fail(ErrorCode::Invalid,
            tr("Grade thresholds must fall from A to C (A %1, B %2, C %3 given).")
                .arg(gradeA)
                .arg(gradeB)
                .arg(gradeC),
            u"grades"_s);
    if (lostReasons.isEmpty())
        return fail(ErrorCode::Invalid, tr("Give at least one reason a lead can be lost for."),
            u"lost_reasons"_s);
    if (disqualifyReasons.isEmpty())
        return fail(ErrorCode::Invalid,
            tr("Give at least one reason a lead can be disqualified for."),
            u"disqualify_reasons"_s);
    return {};
}

QChar QualificationDefinition::grade(int fitScore) const
{
    if (fitScore >= gradeA)
        return u'A';
    if (fitScore >= gradeB)
        return u'B';
    if (fitScore >= gradeC)
        return u'C';
    return u'D';
}

QList<BantItem> QualificationDefinition::missingForSql(const Lead &lead) const
{
    QList<BantItem> missing;
    for (BantItem item : sqlRequires) {
        if (lead.isNull(bantField(item)))
            missing << item;
    }
    return missing;
}

QJsonObject QualificationDefinition::toJson() const
{
    QStringList required;
    for (BantItem item : sqlRequires)
        required << bantKey(item);
    return QJsonObject {
        {u"ideal_profile"_s, idealProfile},
        {u"unideal_profile"_s, unidealProfile},
        {u"mql_threshold"_s, mqlThreshold},
        {u"auto_mql"_s, autoMql},
        {u"grades"_s, QJsonObject {{u"A"_s, gradeA}, {u"B"_s, gradeB}, {u"C"_s, gradeC}}},
        {u"sql_requires"_s, toArray(required)},
        {u"lost_reasons"_s, toArray(lostReasons)},
        {u"disqualify_reasons"_s, toArray(disqualifyReasons)},
        {u"notes"_s, notes},
    };
}

Result<QualificationDefinition> QualificationDefinition::fromJson(const QJsonObject &object)
{
    static const QStringList known {u"ideal_profile"_s, u"unideal_profile"_s, u"mql_threshold"_s,
        u"auto_mql"_s, u"grades"_s, u"sql_requires"_s, u"lost_reasons"_s, u"disqualify_reasons"_s,
        u"notes"_s, u"version"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(ErrorCode::Invalid,
                tr("\"%1\" is not part of a qualification definition; known keys: %2.")
                    .arg(it.key(), known.join(u", "_s)),
                it.key());
    }
    // Values of the wrong type must not fall back silently: "auto_mql": "false" would read as
    // true, a misspelt grade would keep the shipped threshold.
    for (const QString &key : {u"ideal_profile"_s, u"unideal_profile"_s, u"notes"_s}) {
        if (object.contains(key) && !object.value(key).isString())
            return fail(ErrorCode::Invalid, tr("\"%1\" must be a text.").arg(key), key);
    }
    if (object.contains(u"auto_mql"_s) && !object.value(u"auto_mql"_s).isBool())
        return fail(ErrorCode::Invalid, tr("\"auto_mql\" must be true or false."), u"auto_mql"_s);
    if (object.contains(u"grades"_s)) {
        const QJsonValue value = object.value(u"grades"_s);
        const QJsonObject given = value.toObject();
        QStringList unknown;
        for (auto it = given.begin(); it != given.end(); ++it) {
            if (it.key() != u"A"_s && it.key() != u"B"_s && it.key() != u"C"_s)
                unknown << it.key();
        }
        if (!value.isObject() || !unknown.isEmpty())
            return fail(ErrorCode::Invalid,
                tr("\"grades\" must be an object with the thresholds of A, B and C, such as "
                   "{\"A\": 50, \"B\": 30, \"C\": 10}."),
                u"grades"_s);
    }
    const QualificationDefinition base = shipped();
    QualificationDefinition d;
    d.idealProfile = object.value(u"ideal_profile"_s).toString(base.idealProfile).trimmed();
    d.unidealProfile = object.value(u"unideal_profile"_s).toString(base.unidealProfile).trimmed();
    d.notes = object.value(u"notes"_s).toString(base.notes).trimmed();
    d.autoMql = object.value(u"auto_mql"_s).toBool(base.autoMql);

    auto threshold = integer(object, u"mql_threshold"_s, base.mqlThreshold);
    if (!threshold)
        return fail(threshold.error());
    d.mqlThreshold = *threshold;

    const QJsonObject grades = object.value(u"grades"_s).toObject();
    for (auto [key, target, fallback] :
        {std::tuple {u"A"_s, &d.gradeA, base.gradeA}, std::tuple {u"B"_s, &d.gradeB, base.gradeB},
            std::tuple {u"C"_s, &d.gradeC, base.gradeC}}) {
        auto value = integer(grades, key, fallback);
        if (!value)
            return fail(ErrorCode::Invalid,
                tr("Grade %1's threshold must be a whole number.").arg(key), u"grades"_s);
        *target = *value;
    }

    if (object.contains(u"sql_requires"_s)) {
        auto items = stringList(object, u"sql_requires"_s);
        if (!items)
            return fail(items.error());
        d.sqlRequires.clear();
        for (const QString &text : std::as_const(*items)) {
            const auto item = bantFromString(text);
            if (!item)
                return fail(ErrorCode::Invalid,
                    tr("\"%1\" is not a BANT item; use budget, authority, need or timeline.")
                        .arg(text),
                    u"sql_requires"_s);
            if (!d.sqlRequires.contains(*item))
                d.sqlRequires << *item;
        }
    } else {
        d.sqlRequires = base.sqlRequires;
    }
    for (auto [key, target, fallback] :
        {std::tuple {u"lost_reasons"_s, &d.lostReasons, base.lostReasons},
            std::tuple {u"disqualify_reasons"_s, &d.disqualifyReasons, base.disqualifyReasons}}) {
        if (!object.contains(key)) {
            *target = fallback;
            continue;
        }
        auto list = stringList(object, key);
        if (!list)
            return fail(list.error());
        target->clear();
        for (const QString &reason : std::as_const(*list)) {
            if (!target->contains(reason, Qt::CaseInsensitive))
                *target << reason;
        }
    }
    if (auto valid = d.validate(); !valid)
        return fail(valid.error());
    return d;
}

QString QualificationDefinition::toText() const
{
    QStringList required;
    for (BantItem item : sqlRequires)
        required << bantKey(item);
    QString text;
    QTextStream out(&text);
    out << tr("Qualification definition") << ' '
        << (version > 0 ? tr("version %1, %2 by %3")
                              .arg(version)
                              .arg(createdAt.toString(Qt::ISODate), actor)
                        : tr("(shipped, not stored yet)"))
        << "\n\n";
    out << tr("Ideal customer profile:") << "\n  " << idealProfile << "\n\n";
    out << tr("Un-ideal customer profile:") << "\n  " << unidealProfile << "\n\n";
    out << tr("Score: fit (firmographic rules) + engagement (0-100, from touchpoints with decay).")
        << '\n';
    out << tr("MQL: score of %1 or more (%2).")
               .arg(mqlThreshold)
               .arg(autoMql ? tr("leads move to MQL by themselves")
                            : tr("set by hand; no automatic move"))
        << '\n';
    out << tr("Grades from fit: A at %1 or more, B at %2, C at %3, D below.")
               .arg(gradeA)
               .arg(gradeB)
               .arg(gradeC)
        << '\n';
    out << tr("SQL required: %1.")
               .arg(required.isEmpty() ? tr("nothing beyond sales accepting it")
                                       : required.join(u", "_s))
        << '\n';
    out << tr("Lost reasons: %1.").arg(lostReasons.join(u"; "_s)) << '\n';
    out << tr("Disqualification reasons: %1.").arg(disqualifyReasons.join(u"; "_s)) << '\n';
    if (!notes.isEmpty())
        out << '\n' << tr("Notes:") << "\n  " << notes << '\n';
    out.flush();
    return text;
}

QualificationStore::QualificationStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QualificationDefinition> QualificationStore::current() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT version, definition, created_at, actor FROM "
                    "qualification_definitions ORDER BY version DESC LIMIT 1"_s))
        return fail(databaseError(query, tr("Cannot read the qualification definition")));
    if (!query.next())
        return QualificationDefinition::shipped();
    return readRow(query);
}

Result<QualificationDefinition> QualificationStore::version(qint64 version) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT version, definition, created_at, actor FROM "
                  "qualification_definitions WHERE version = ?"_s);
    query.addBindValue(version);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot read the qualification definition")));
    if (!query.next())
        return fail(ErrorCode::NotFound,
            tr("There is no version %1 of the qualification definition.").arg(version));
    return readRow(query);
}

Result<QList<QualificationDefinition>> QualificationStore::versions() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT version, definition, created_at, actor FROM "
                    "qualification_definitions ORDER BY version DESC"_s))
        return fail(databaseError(query, tr("Cannot read the qualification definitions")));
    QList<QualificationDefinition> out;
    while (query.next())
        out << readRow(query);
    return out;
}

Result<QualificationDefinition> QualificationStore::save(
    const QualificationDefinition &definition, const QString &actor)
{
    if (auto valid = definition.validate(); !valid)
        return fail(valid.error());
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto existing = current();
    if (!existing)
        return existing;
    if (existing->version > 0 && existing->toJson() == definition.toJson())
        return existing;

    QualificationDefinition stored = definition;
    stored.version = existing->version + 1;
    stored.createdAt = QDateTime::currentDateTimeUtc();
    stored.actor = actor;
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO qualification_definitions (version, definition, created_at, "
                   "actor) VALUES (?, ?, ?, ?)"_s);
    insert.addBindValue(stored.version);
    insert.addBindValue(
        QString::fromUtf8(QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact)));
    insert.addBindValue(stored.createdAt.toMSecsSinceEpoch());
    insert.addBindValue(actor);
    if (!insert.exec())
        return fail(databaseError(insert, tr("Cannot save the qualification definition")));
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return stored;
}

} // namespace lf
