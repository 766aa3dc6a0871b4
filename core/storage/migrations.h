#pragma once

#include <QList>
#include <QString>

namespace lf {

/// One step of the schema: the statements that take a database from version - 1 to version.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
};

/// All migrations in order; the last one's version is the latest schema version.
const QList<Migration> &migrations();

} // namespace lf
