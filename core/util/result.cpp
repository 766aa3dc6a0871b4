#include "result.h"

namespace lf {

QString Error::toString() const
{
    QString where = file;
    if (line > 0) {
        where += (where.isEmpty() ? QStringLiteral("line %1") : QStringLiteral(":%1")).arg(line);
        if (column > 0)
            where += QStringLiteral(":%1").arg(column);
    }
    QString text = message;
    if (!field.isEmpty() && !message.contains(field))
        text = QStringLiteral("%1 (field %2)").arg(text, field);
    return where.isEmpty() ? text : QStringLiteral("%1: %2").arg(where, text);
}

} // namespace lf
