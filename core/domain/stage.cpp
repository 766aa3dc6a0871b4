#include "stage.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

struct StageInfo
{
    Stage stage;
    QStringView key;
    const char *label;
    QStringView abbreviation;
};

constexpr std::array stageTable {
    StageInfo {Stage::New, u"new", QT_TRANSLATE_NOOP("Stage", "New"), u"new"},
    StageInfo {
        Stage::Contacted, u"contacted", QT_TRANSLATE_NOOP("Stage", "Contacted"), u"contacted"},
    StageInfo {Stage::Mql, u"mql", QT_TRANSLATE_NOOP("Stage", "Marketing qualified"), u"mql"},
    StageInfo {Stage::Sql, u"sql", QT_TRANSLATE_NOOP("Stage", "Sales qualified"), u"sql"},
    StageInfo {
        Stage::Opportunity, u"opportunity", QT_TRANSLATE_NOOP("Stage", "Opportunity"), u"opp"},
    StageInfo {Stage::Won, u"won", QT_TRANSLATE_NOOP("Stage", "Won"), u"won"},
    StageInfo {Stage::Lost, u"lost", QT_TRANSLATE_NOOP("Stage", "Lost"), u"lost"},
    StageInfo {
        Stage::Nurturing, u"nurturing", QT_TRANSLATE_NOOP("Stage", "Nurturing"), u"recycled"},
    StageInfo {
        Stage::Disqualified, u"disqualified", QT_TRANSLATE_NOOP("Stage", "Disqualified"), u"dq"},
};

} // namespace

QList<Stage> allStages()
{
    QList<Stage> stages;
    for (const auto &info : stageTable)
        stages.append(info.stage);
    return stages;
}

QString stageKey(Stage stage)
{
    return stageTable[size_t(stage)].key.toString();
}

std::optional<Stage> stageFromString(QStringView text)
{
    const QString wanted = text.trimmed().toString();
    for (const auto &info : stageTable) {
        if (wanted.compare(info.key, Qt::CaseInsensitive) == 0
            || wanted.compare(QLatin1StringView(info.label), Qt::CaseInsensitive) == 0
            || wanted.compare(info.abbreviation, Qt::CaseInsensitive) == 0
            || wanted.compare(stageLabel(info.stage), Qt::CaseInsensitive) == 0)
            return info.stage;
    }
    return std::nullopt;
}

QString stageLabel(Stage stage)
{
    return QCoreApplication::translate("Stage", stageTable[size_t(stage)].label);
}

bool isClosedStage(Stage stage)
{
    return stage == Stage::Won || stage == Stage::Lost || stage == Stage::Disqualified;
}

} // namespace lf
