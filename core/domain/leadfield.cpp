#include "leadfield.h"

#include <QCoreApplication>
#include <QHash>

namespace lf {

namespace {

#define LF_FIELD_COLUMN(f, key, column, type, editable, label)                                     \
    FieldInfo                                                                                      \
    {                                                                                              \
        LeadField::f, key, column, FieldType::type, editable,                                      \
            QT_TRANSLATE_NOOP("LeadField", label)                                                  \
    }
#define LF_FIELD(f, key, type, editable, label) LF_FIELD_COLUMN(f, key, key, type, editable, label)

const QList<FieldInfo> &fieldTable()
{
    static const QList<FieldInfo> table {
        LF_FIELD(Id, "id", Integer, false, "ID"),
        LF_FIELD(FirstName, "first_name", Text, true, "First name"),
        LF_FIELD(LastName, "last_name", Text, true, "Last name"),
        LF_FIELD(Email, "email", Text, true, "Email"),
        LF_FIELD(EmailNormalized, "email_normalized", Text, false, "Normalized email"),
        LF_FIELD(EmailState, "email_state", Integer, false, "Email state"),
        LF_FIELD(Phone, "phone", Text, true, "Phone"),
        LF_FIELD(PhoneE164, "phone_e164", Text, false, "Phone (E.164)"),
        LF_FIELD(Company, "company", Text, true, "Company"),
        LF_FIELD(CompanyDomain, "company_domain", Text, false, "Company domain"),
        LF_FIELD(Title, "title", Text, true, "Job title"),
        LF_FIELD(Website, "website", Text, true, "Website"),
        LF_FIELD(Industry, "industry", Text, true, "Industry"),
        LF_FIELD(Employees, "employees", Text, true, "Employees"),
        LF_FIELD(EmployeeCount, "employee_count", Integer, false, "Employee count"),
        LF_FIELD(AnnualRevenue, "annual_revenue", Money, true, "Annual revenue"),
        LF_FIELD(Currency, "currency", Text, true, "Currency"),
        LF_FIELD(Street, "street", Text, true, "Street"),
        LF_FIELD(City, "city", Text, true, "City"),
        LF_FIELD(Region, "region", Text, true, "State/Region"),
        LF_FIELD(PostalCode, "postal_code", Text, true, "Postal code"),
        LF_FIELD(Country, "country", Text, true, "Country"),
        LF_FIELD(Source, "source", Text, true, "Source"),
        LF_FIELD(CampaignId, "campaign_id", Reference, true, "Campaign"),
        LF_FIELD(Stage, "stage", Stage, true, "Stage"),
        LF_FIELD_COLUMN(OwnerId, "owner", "owner_id", Reference, true, "Owner"),
        LF_FIELD(Score, "score", Integer, false, "Score"),
        LF_FIELD(FitScore, "fit_score", Integer, false, "Fit score"),
        LF_FIELD(EngagementScore, "engagement_score", Integer, false, "Engagement score"),
        LF_FIELD(Grade, "grade", Text, false, "Grade"),
        LF_FIELD(BantBudget, "bant_budget", Money, true, "Budget"),
        LF_FIELD(BantAuthority, "bant_authority", Text, true, "Authority"),
        LF_FIELD(BantNeed, "bant_need", Text, true, "Need"),
        LF_FIELD(BantTimeline, "bant_timeline", Text, true, "Timeline"),
        LF_FIELD(Notes, "notes", Text, true, "Notes"),
        LF_FIELD(CreatedAt, "created_at", Timestamp, true, "Created"),
        LF_FIELD(UpdatedAt, "updated_at", Timestamp, false, "Updated"),
        LF_FIELD(FirstContactDueAt, "first_contact_due_at", Timestamp, false, "First contact due"),
        LF_FIELD(FirstContactedAt, "first_contacted_at", Timestamp, false, "First contacted"),
        LF_FIELD(AcceptedAt, "accepted_at", Timestamp, false, "Accepted"),
        LF_FIELD(ConvertedAt, "converted_at", Timestamp, false, "Converted"),
        LF_FIELD(ClosedAt, "closed_at", Timestamp, false, "Closed"),
        LF_FIELD(Value, "value", Money, true, "Deal value"),
        LF_FIELD(LostReason, "lost_reason", Text, true, "Lost reason"),
        LF_FIELD(RecycleReason, "recycle_reason", Text, true, "Recycle reason"),
        LF_FIELD(NurtureUntil, "nurture_until", Timestamp, true, "Nurture until"),
        LF_FIELD(ImportBatchId, "import_batch_id", Reference, false, "Import batch"),
        LF_FIELD(Version, "version", Integer, false, "Version"),
        LF_FIELD(CustomFields, "custom_fields", Json, false, "Custom fields"),
        LF_FIELD(DeletedAt, "deleted_at", Timestamp, false, "Deleted"),
    };
    return table;
}

#undef LF_FIELD
#undef LF_FIELD_COLUMN

QString simplifiedName(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
    }
    return out;
}

} // namespace

const FieldInfo &fieldInfo(LeadField field)
{
    return fieldTable()[int(field)];
}

const QList<FieldInfo> &allFields()
{
    return fieldTable();
}

std::optional<LeadField> fieldFromName(QStringView name)
{
    static const QHash<QString, LeadField> byName = [] {
        QHash<QString, LeadField> map;
        for (const FieldInfo &info : fieldTable()) {
            map.insert(simplifiedName(QString::fromLatin1(info.key)), info.field);
            map.insert(simplifiedName(QString::fromLatin1(info.column)), info.field);
            map.insert(simplifiedName(QString::fromLatin1(info.label)), info.field);
        }
        return map;
    }();
    const auto it = byName.constFind(simplifiedName(name));
    if (it == byName.cend())
        return std::nullopt;
    return *it;
}

QString fieldKey(LeadField field)
{
    return QString::fromLatin1(fieldInfo(field).key);
}

QString fieldLabel(LeadField field)
{
    return QCoreApplication::translate("LeadField", fieldInfo(field).label);
}

} // namespace lf
