#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace lf {

/// The longest value, in UTF-16 code units, that a lead's text field (and its custom fields as
/// JSON) may hold: the CSV reader reads fields this long, so every export reads back in.
inline constexpr qsizetype kMaxFieldLength = 1024 * 1024;

/// Every field a lead has. The registry below (fieldInfo) gives each its stable key (CLI, JSON,
/// CSV export), its column, its type and whether a person may set it.
enum class LeadField : int {
    Id,
    FirstName,
    LastName,
    Email,
    EmailNormalized,
    EmailState,
    Phone,
    PhoneE164,
    Company,
    CompanyDomain,
    Title,
    Website,
    Industry,
    Employees, ///< as given ("201-500", "1000+", "35")
    EmployeeCount, ///< lower bound parsed from Employees
    AnnualRevenue, ///< minor units (cents)
    Currency, ///< ISO 4217
    Street,
    City,
    Region,
    PostalCode,
    Country, ///< ISO 3166-1 alpha-2
    Source,
    CampaignId,
    Stage,
    OwnerId,
    Score,
    FitScore,
    EngagementScore,
    Grade,
    BantBudget, ///< minor units
    BantAuthority,
    BantNeed,
    BantTimeline,
    Notes,
    CreatedAt,
    UpdatedAt,
    FirstContactDueAt,
    FirstContactedAt,
    AcceptedAt,
    ConvertedAt,
    ClosedAt,
    Value, ///< expected deal value, minor units
    LostReason,
    RecycleReason,
    NurtureUntil,
    ImportBatchId, ///< the import batch that created the lead
    Version,
    CustomFields, ///< JSON object of columns no field took
    DeletedAt,
};
inline constexpr int LeadFieldCount = int(LeadField::DeletedAt) + 1;

enum class FieldType {
    Text,
    Integer,
    Money, ///< integer minor units; shown as units with two decimals
    Timestamp, ///< integer milliseconds since the epoch, UTC; shown as ISO 8601
    Stage, ///< stage key
    Reference, ///< id of another row (owner, campaign, batch)
    Json, ///< JSON object text
};

struct FieldInfo
{
    LeadField field;
    const char *key; ///< stable name: CLI, JSON, CSV export ("first_name")
    const char *column; ///< column in the leads table
    FieldType type;
    bool editable; ///< a person may set it with add/update; the rest is derived or system-kept
    const char
        *label; ///< English label; translate with QCoreApplication::translate("LeadField", label)
};

const FieldInfo &fieldInfo(LeadField field);
const QList<FieldInfo> &allFields();
/// Finds a field by key, column or English label, ignoring case, spaces, '-' and '_'.
std::optional<LeadField> fieldFromName(QStringView name);
QString fieldKey(LeadField field);
QString fieldLabel(LeadField field); ///< translated

} // namespace lf
