#include "nurtureservice.h"

namespace lf {

NurtureService::NurtureService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Status NurtureService::onStageChanged(qint64, Stage, Stage)
{
    return {};
}

} // namespace lf
