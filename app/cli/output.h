#pragma once

#include "domain/lead.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace lf::cli {

enum class Format { Table, Csv, Json };

/// A lead as a JSON object with the stable keys of the field registry ("first_name", ...):
/// numbers as numbers, money as a decimal string ("1234.50"), times as ISO 8601 UTC strings,
/// unset fields as null, custom fields as a nested object.
QJsonObject leadToJson(const Lead &lead);
/// The same, with "owner_name" (the owner's name from names, null when unassigned).
QJsonObject leadToJson(const Lead &lead, const QHash<qint64, QString> &names);

/// text with the control characters a terminal would act on (ESC sequences, BEL, backspace,
/// C1 codes) replaced by visible symbols (␛, ␇, ...): values from files and other people's
/// edits never drive the terminal. Tabs and line breaks stay.
QString terminalSafe(const QString &text);

/// Prints rows under headers as an aligned text table (terminalSafe), RFC 4180 CSV with the
/// formula guard of `export`, or a JSON array of objects keyed by the headers.
void printRows(
    QTextStream &out, Format format, const QStringList &headers, const QList<QStringList> &rows);

} // namespace lf::cli
