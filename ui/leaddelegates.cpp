#include "leaddelegates.h"

#include "leadtablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace lf {

namespace leadColors {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor grade(const QPalette &palette, const QString &grade)
{
    const bool dark = isDark(palette);
    if (grade == u"A"_s)
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    if (grade == u"B"_s)
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    if (grade == u"C"_s)
        return dark ? QColor(0xff, 0xca, 0x28) : QColor(0xf5, 0x9e, 0x0b);
    return dark ? QColor(0x75, 0x75, 0x75) : QColor(0x9e, 0x9e, 0x9e);
}

QColor badgeText(const QColor &background)
{
    // Dark text on light badges, white on dark ones (relative luminance).
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
}

QColor overdue(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
}

QColor muted(const QPalette &palette)
{
    return palette.color(QPalette::PlaceholderText);
}

} // namespace leadColors

namespace {

/// Draws the cell's background (selection, alternate rows, focus) as the style does, no text.
void paintBackground(QPainter *painter, QStyleOptionViewItem option)
{
    option.text.clear();
    option.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &option, painter, widget);
}

QColor textColor(const QStyleOptionViewItem &option)
{
    return option.palette.color(
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled,
        option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
}

} // namespace

void ScoreDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QVariant value = index.data(Qt::DisplayRole);
    if (!index.data(LeadTableModel::LoadedRole).toBool() || !value.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    paintBackground(painter, opt);
    const qint64 score = value.toLongLong();
    const QString number = QLocale().toString(score);
    const QFontMetrics metrics(opt.font);
    const int margin = 6;
    const int numberWidth = metrics.horizontalAdvance(u"0000"_s);
    const QRect cell = opt.rect.adjusted(margin, 0, -margin, 0);
    const QRect numberRect(cell.right() - numberWidth, cell.top(), numberWidth, cell.height());
    const int barHeight = qMax(4, metrics.height() / 3);
    const QRect track(cell.left(), cell.center().y() - barHeight / 2 + 1,
        qMax(0, numberRect.left() - cell.left() - margin), barHeight);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor trackColor = opt.palette.color(QPalette::Mid);
    trackColor.setAlpha(90);
    painter->setBrush(trackColor);
    painter->drawRoundedRect(track, barHeight / 2.0, barHeight / 2.0);
    const double fraction = qBound(0.0, double(score) / 100.0, 1.0);
    if (fraction > 0) {
        QRect fill = track;
        fill.setWidth(qMax(barHeight, int(track.width() * fraction)));
        painter->setBrush(opt.state & QStyle::State_Selected
                ? opt.palette.color(QPalette::HighlightedText)
                : opt.palette.color(QPalette::Highlight));
        painter->drawRoundedRect(fill, barHeight / 2.0, barHeight / 2.0);
    }
    painter->setPen(textColor(opt));
    painter->setFont(opt.font);
    painter->drawText(numberRect, Qt::AlignRight | Qt::AlignVCenter, number);
    painter->restore();
}

QSize ScoreDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), option.fontMetrics.horizontalAdvance(u"0000"_s) * 3));
    return size;
}

void GradeDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString grade = index.data(Qt::DisplayRole).toString();
    if (grade.isEmpty() || !index.data(LeadTableModel::LoadedRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    paintBackground(painter, opt);
    QFont font = opt.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 2;
    const int width = qMax(height + 6, metrics.horizontalAdvance(grade) + 12);
    const QRect badge(
        opt.rect.center().x() - width / 2, opt.rect.center().y() - height / 2 + 1, width, height);
    const QColor background = leadColors::grade(opt.palette, grade);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(leadColors::badgeText(background));
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, grade);
    painter->restore();
}

void SlaDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(LeadTableModel::LoadedRole).toBool()
        || (option->state & QStyle::State_Selected))
        return;
    const auto state = LeadQuery::Sla(index.data(LeadTableModel::SlaStateRole).toInt());
    QColor color;
    if (state == LeadQuery::Sla::Overdue) {
        color = leadColors::overdue(option->palette);
        option->font.setBold(true);
    } else if (state == LeadQuery::Sla::Met || state == LeadQuery::Sla::None) {
        color = leadColors::muted(option->palette);
    }
    if (color.isValid())
        option->palette.setColor(QPalette::Text, color);
}

void installLeadDelegates(QTableView *table)
{
    table->setItemDelegateForColumn(LeadTableModel::ScoreColumn, new ScoreDelegate(table));
    table->setItemDelegateForColumn(LeadTableModel::GradeColumn, new GradeDelegate(table));
    table->setItemDelegateForColumn(LeadTableModel::SlaColumn, new SlaDelegate(table));
}

} // namespace lf
