#pragma once

#include <QStyledItemDelegate>

class QTableView;

namespace lf {

/// Colours for lead states that read well on the palette in use, light or dark.
namespace leadColors {
/// Whether the palette's base (the background of a list) is dark.
bool isDark(const QPalette &palette);
/// Badge background for a fit grade ("A".."D"); the text on it is badgeText().
QColor grade(const QPalette &palette, const QString &grade);
QColor badgeText(const QColor &background);
QColor overdue(const QPalette &palette);
QColor muted(const QPalette &palette);
} // namespace leadColors

/// The score as a short bar (0 to 100 fills it) with the number beside it.
class ScoreDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

/// The fit grade as a coloured badge: A green, B blue, C amber, D grey.
class GradeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
};

/// The time left to first contact ("2 h 10 min"): red when overdue, grey when met or none.
class SlaDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

/// Puts the delegates on a table showing a LeadTableModel; the view owns them.
void installLeadDelegates(QTableView *table);

} // namespace lf
