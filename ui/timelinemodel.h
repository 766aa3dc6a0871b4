#pragma once

#include "leads/touchpointservice.h"
#include "util/result.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStyledItemDelegate>

#include <optional>

namespace lf {

/// A lead's timeline as a list, newest first: touchpoints (calls, emails, meetings, notes and
/// imported activity), stage changes, assignments and edits, read from TouchpointService.
///
/// Each row shows the entry's one-line summary; the roles below give what a delegate needs to draw
/// it (kind, when, who, the touchpoint's type). A failed read is kept (lastError()) and the model
/// is then empty. Use on the thread that owns the connection.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< int(TimelineEntry::Kind)
        AtRole, ///< QDateTime, UTC
        ActorRole, ///< who did it
        SummaryRole, ///< one line: "Call: connected", "Stage New → MQL"
        DetailRole, ///< reason, note, old → new value
        TouchTypeRole, ///< "call", "email", ... for touchpoints; empty for other kinds
        SourceIdRole, ///< qint64 id of the touchpoint, stage change, assignment or edit
    };

    explicit TimelineModel(QSqlDatabase db, QObject *parent = nullptr);

    /// Shows the timeline of a lead (0 = none). Returns the read's error, if any.
    Status setLeadId(qint64 leadId);
    qint64 leadId() const { return m_leadId; }
    /// Reads the current lead's timeline again.
    Status reload();
    void clear();

    std::optional<Error> lastError() const { return m_lastError; }
    /// The entry shown in a row (newest first).
    TimelineEntry entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The translated name of an entry's kind ("Touchpoint", "Stage change", ...).
    static QString kindLabel(TimelineEntry::Kind kind);
    /// The round badge a row shows for its kind (and, for touchpoints, its type).
    static QIcon kindIcon(TimelineEntry::Kind kind, const QString &touchType = {});

private:
    QString summaryText(const TimelineEntry &entry) const;

    TouchpointService m_touchpoints;
    qint64 m_leadId = 0;
    QList<TimelineEntry> m_entries;
    QHash<qint64, QString> m_touchTypes; ///< touchpoint id → type
    std::optional<Error> m_lastError;
};

/// Draws a timeline row as a card: the kind's badge, the summary in bold with the detail under it,
/// and when and by whom on the right.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace lf
