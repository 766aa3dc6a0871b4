#include "output.h"

#include "io/csvwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lf::cli {

namespace {

bool isTerminalControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\t' && u != u'\n') || (u >= 0x7F && u <= 0x9F);
}

/// A CSV cell as `export` writes it: a cell a spreadsheet would run as a formula gets the guard's
/// apostrophe (CsvWriter::guard), and quotes where the reader needs them.
QString csvCell(const QString &text)
{
    const QString cell = CsvWriter::guard(text);
    if (!CsvWriter::needsQuotes(cell, u','))
        return cell;
    QString quoted = cell;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

/// One line for a table cell: line breaks shown as spaces, other control characters made
/// visible, long text cut with an ellipsis.
QString tableCell(const QString &text)
{
    QString cell = terminalSafe(text.simplified());
    constexpr qsizetype maxWidth = 40;
    if (cell.size() > maxWidth)
        cell = cell.left(maxWidth - 1) + u'…';
    return cell;
}

} // namespace

QString terminalSafe(const QString &text)
{
    if (std::none_of(text.begin(), text.end(), isTerminalControl))
        return text;
    QString safe;
    safe.reserve(text.size());
    for (QChar c : text) {
        if (!isTerminalControl(c))
            safe += c;
        else if (c.unicode() < 0x20)
            safe += QChar(char16_t(0x2400 + c.unicode())); // ␛ for ESC, ␀ for NUL, ...
        else if (c.unicode() == 0x7F)
            safe += QChar(char16_t(0x2421)); // ␡
        else
            safe += QChar(char16_t(0xFFFD));
    }
    return safe;
}

QJsonObject leadToJson(const Lead &lead)
{
    QJsonObject object;
    for (const FieldInfo &info : allFields()) {
        const QString key = QString::fromLatin1(info.key);
        if (lead.isNull(info.field)) {
            object.insert(key, QJsonValue::Null);
            continue;
        }
        switch (info.type) {
        case FieldType::Integer:
        case FieldType::Reference:
            object.insert(key, lead.integer(info.field));
            break;
        case FieldType::Json:
            object.insert(key, lead.customFields());
            break;
        case FieldType::Text:
        case FieldType::Money:
        case FieldType::Timestamp:
        case FieldType::Stage:
            object.insert(key, lead.displayText(info.field));
            break;
        }
    }
    static const char *const emailStates[] = {"missing", "valid", "invalid"};
    object.insert(u"email_state"_s,
        QString::fromLatin1(emailStates[lead.integer(LeadField::EmailState) % 3]));
    return object;
}

QJsonObject leadToJson(const Lead &lead, const QHash<qint64, QString> &names)
{
    QJsonObject object = leadToJson(lead);
    object.insert(u"owner_name"_s,
        lead.isNull(LeadField::OwnerId)
            ? QJsonValue(QJsonValue::Null)
            : QJsonValue(names.value(lead.integer(LeadField::OwnerId))));
    return object;
}

void printRows(
    QTextStream &out, Format format, const QStringList &headers, const QList<QStringList> &rows)
{
    switch (format) {
    case Format::Json: {
        QJsonArray array;
        for (const QStringList &row : rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < headers.size(); ++i)
                object.insert(headers[i], row.value(i));
            array.append(object);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return;
    }
    case Format::Csv: {
        // Piped or redirected, the values stay exact (they are data); on a terminal, control
        // characters are shown, never sent.
        const bool terminal = ::isatty(STDOUT_FILENO) == 1;
        QStringList cells;
        for (const QString &header : headers)
            cells << csvCell(header);
        out << cells.join(u',') << "\r\n";
        for (const QStringList &row : rows) {
            cells.clear();
            for (const QString &cell : row)
                cells << csvCell(terminal ? terminalSafe(cell) : cell);
            out << cells.join(u',') << "\r\n";
        }
        return;
    }
    case Format::Table: {
        QList<qsizetype> widths;
        for (const QString &header : headers)
            widths << header.size();
        QList<QStringList> cells;
        for (const QStringList &row : rows) {
            QStringList line;
            for (qsizetype i = 0; i < headers.size(); ++i) {
                line << tableCell(row.value(i));
                widths[i] = std::max(widths[i], line.constLast().size());
            }
            cells << line;
        }
        auto printLine = [&](const QStringList &line) {
            QString text;
            for (qsizetype i = 0; i < line.size(); ++i)
                text += line[i].leftJustified(widths[i] + (i + 1 < line.size() ? 2 : 0));
            out << text.trimmed() << '\n';
        };
        printLine(headers);
        QStringList rule;
        for (qsizetype width : widths)
            rule << QString(width, u'-');
        printLine(rule);
        for (const QStringList &line : cells)
            printLine(line);
        return;
    }
    }
}

} // namespace lf::cli
