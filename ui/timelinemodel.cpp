#include "timelinemodel.h"

#include "domain/leadfield.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lf {
namespace {

/// The badge colour and glyph of a kind (glyphs DejaVu Sans and common UI fonts have).
struct Badge
{
    QColor color;
    QString glyph;
};

Badge badgeFor(TimelineEntry::Kind kind, const QString &touchType)
{
    using K = TimelineEntry::Kind;
    switch (kind) {
    case K::Created:
        return {QColor(0x2e, 0x7d, 0x32), u"★"_s};
    case K::Edit:
        return {QColor(0x75, 0x75, 0x75), u"✎"_s};
    case K::StageChange:
        return {QColor(0x6a, 0x1b, 0x9a), u"➜"_s};
    case K::Assignment:
        return {QColor(0xef, 0x6c, 0x00), u"☺"_s};
    case K::Deleted:
        return {QColor(0xc6, 0x28, 0x28), u"✗"_s};
    case K::Restored:
        return {QColor(0x2e, 0x7d, 0x32), u"↺"_s};
    case K::Touchpoint:
        break;
    }
    if (touchType == u"call"_s)
        return {QColor(0x15, 0x65, 0xc0), u"☎"_s};
    if (touchType == u"email"_s)
        return {QColor(0x00, 0x83, 0x8f), u"✉"_s};
    if (touchType == u"meeting"_s)
        return {QColor(0x39, 0x49, 0xab), u"◷"_s};
    if (touchType == u"note"_s)
        return {QColor(0x6d, 0x4c, 0x41), u"✎"_s};
    return {QColor(0x00, 0x89, 0x7b), u"•"_s};
}

QString touchTypeLabel(const QString &type)
{
    if (type == u"call"_s)
        return TimelineModel::tr("Call");
    if (type == u"email"_s)
        return TimelineModel::tr("Email");
    if (type == u"meeting"_s)
        return TimelineModel::tr("Meeting");
    if (type == u"note"_s)
        return TimelineModel::tr("Note");
    QString label = type;
    label.replace(u'_', u' ');
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

QString timeText(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

/// Entries written close together are one event for a person: the lead's first stage is told
/// by its creation, and an owner change by its assignment.
QList<TimelineEntry> fold(const QList<TimelineEntry> &oldestFirst)
{
    using K = TimelineEntry::Kind;
    constexpr qint64 together = 2000; // ms
    QList<TimelineEntry> entries = oldestFirst;
    const auto created = std::find_if(entries.begin(), entries.end(),
        [](const TimelineEntry &e) { return e.kind == K::Created; });
    const auto firstStage = std::find_if(entries.begin(), entries.end(),
        [](const TimelineEntry &e) { return e.kind == K::StageChange; });
    if (created != entries.end() && firstStage != entries.end()
        && qAbs(created->at.msecsTo(firstStage->at)) <= together) {
        if (created->detail.isEmpty())
            created->detail = firstStage->summary;
        entries.erase(firstStage);
    }
    QList<QDateTime> assigned;
    for (const TimelineEntry &e : std::as_const(entries)) {
        if (e.kind == K::Assignment)
            assigned.append(e.at);
    }
    const QString owner = fieldKey(LeadField::OwnerId) + u' ';
    entries.removeIf([&assigned, &owner](const TimelineEntry &e) {
        return e.kind == K::Edit && e.summary.startsWith(owner)
            && std::any_of(assigned.cbegin(), assigned.cend(),
                [&e](const QDateTime &at) { return qAbs(at.msecsTo(e.at)) <= together; });
    });
    return entries;
}

} // namespace

TimelineModel::TimelineModel(QSqlDatabase db, QObject *parent)
    : QAbstractListModel(parent)
    , m_touchpoints(std::move(db))
{
}

Status TimelineModel::setLeadId(qint64 leadId)
{
    m_leadId = leadId;
    return reload();
}

void TimelineModel::clear()
{
    beginResetModel();
    m_leadId = 0;
    m_entries.clear();
    m_touchTypes.clear();
    m_lastError.reset();
    endResetModel();
}

Status TimelineModel::reload()
{
    QList<TimelineEntry> entries;
    QHash<qint64, QString> types;
    std::optional<Error> error;
    if (m_leadId > 0) {
        Result<QList<TimelineEntry>> timeline = m_touchpoints.timeline(m_leadId);
        Result<QList<Touchpoint>> touchpoints = m_touchpoints.list(m_leadId);
        if (!timeline) {
            error = timeline.error();
        } else if (!touchpoints) {
            error = touchpoints.error();
        } else {
            // The core gives the timeline oldest first; people read it newest first. Reversing
            // keeps entries of the same moment in the reverse of the order they happened in.
            entries = fold(*timeline);
            std::reverse(entries.begin(), entries.end());
            for (const Touchpoint &t : std::as_const(*touchpoints))
                types.insert(t.id, t.type);
        }
    }
    beginResetModel();
    m_entries = std::move(entries);
    m_touchTypes = std::move(types);
    m_lastError = error;
    endResetModel();
    if (error)
        return std::unexpected(*error);
    return {};
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString TimelineModel::summaryText(const TimelineEntry &entry) const
{
    // Edits are summarised with the field's key ("bant_need changed"); show its label instead.
    if (entry.kind == TimelineEntry::Kind::Edit) {
        const qsizetype space = entry.summary.indexOf(u' ');
        if (space > 0) {
            if (const auto field = fieldFromName(QStringView(entry.summary).left(space)))
                return tr("%1 changed").arg(fieldLabel(*field));
        }
    }
    return entry.summary;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &e = m_entries.at(index.row());
    const QString touchType =
        e.kind == TimelineEntry::Kind::Touchpoint ? m_touchTypes.value(e.sourceId) : QString();
    switch (role) {
    case Qt::DisplayRole:
    case SummaryRole:
        return summaryText(e);
    case Qt::DecorationRole:
        return kindIcon(e.kind, touchType);
    case Qt::ToolTipRole: {
        QStringList lines {summaryText(e)};
        if (!e.detail.isEmpty())
            lines << e.detail;
        lines << (e.actor.isEmpty() ? timeText(e.at)
                                    : tr("%1, by %2").arg(timeText(e.at), e.actor));
        return lines.join(u'\n');
    }
    case Qt::AccessibleTextRole:
        return tr("%1: %2. %3, %4")
            .arg(e.kind == TimelineEntry::Kind::Touchpoint ? touchTypeLabel(touchType)
                                                           : kindLabel(e.kind),
                summaryText(e), e.detail, timeText(e.at));
    case KindRole:
        return int(e.kind);
    case AtRole:
        return e.at;
    case ActorRole:
        return e.actor;
    case DetailRole:
        return e.detail;
    case TouchTypeRole:
        return touchType;
    case SourceIdRole:
        return e.sourceId;
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(AtRole, "at");
    names.insert(ActorRole, "actor");
    names.insert(SummaryRole, "summary");
    names.insert(DetailRole, "detail");
    names.insert(TouchTypeRole, "touchType");
    names.insert(SourceIdRole, "sourceId");
    return names;
}

QString TimelineModel::kindLabel(TimelineEntry::Kind kind)
{
    using K = TimelineEntry::Kind;
    switch (kind) {
    case K::Created:
        return tr("Created");
    case K::Edit:
        return tr("Edit");
    case K::StageChange:
        return tr("Stage change");
    case K::Touchpoint:
        return tr("Touchpoint");
    case K::Assignment:
        return tr("Assignment");
    case K::Deleted:
        return tr("Deleted");
    case K::Restored:
        return tr("Restored");
    }
    return {};
}

QIcon TimelineModel::kindIcon(TimelineEntry::Kind kind, const QString &touchType)
{
    const Badge badge = badgeFor(kind, touchType);
    QIcon icon;
    for (int side : {16, 24, 32, 48}) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(badge.color);
        painter.drawEllipse(QRectF(0.5, 0.5, side - 1.0, side - 1.0));
        QFont font = QApplication::font();
        font.setPixelSize(qMax(8, side * 11 / 20));
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRect(0, 0, side, side), Qt::AlignCenter, badge.glyph);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void TimelineDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The background (selection, hover, focus) as the style draws it, without text or icon.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QColor ink = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor faint = ink;
    faint.setAlphaF(0.65f);

    const int margin = 6;
    const QRect rect = option.rect.adjusted(margin, margin, -margin, -margin);
    const QFontMetrics metrics(option.font);
    const int line = metrics.lineSpacing();
    const int badge = qMin(28, line * 2);

    painter->save();
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    icon.paint(painter, QRect(rect.left(), rect.top() + (line * 2 - badge) / 2, badge, badge));

    const QString when = QLocale().toString(
        index.data(TimelineModel::AtRole).toDateTime().toLocalTime(), QLocale::ShortFormat);
    const QString actor = index.data(TimelineModel::ActorRole).toString();
    const int rightWidth = qMax(metrics.horizontalAdvance(when), metrics.horizontalAdvance(actor));
    const QRect right(rect.right() - rightWidth, rect.top(), rightWidth, line * 2);
    const QRect text(rect.left() + badge + margin + 2, rect.top(),
        right.left() - rect.left() - badge - 2 * margin - 2, line * 2);

    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(ink);
    const QString summary = index.data(TimelineModel::SummaryRole).toString();
    painter->drawText(QRect(text.left(), text.top(), text.width(), line),
        Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(summary, Qt::ElideRight, text.width()));

    painter->setFont(option.font);
    painter->setPen(faint);
    const QString detail = index.data(TimelineModel::DetailRole).toString().simplified();
    painter->drawText(QRect(text.left(), text.top() + line, text.width(), line),
        Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(detail, Qt::ElideRight, text.width()));
    painter->drawText(QRect(right.left(), right.top(), right.width(), line),
        Qt::AlignRight | Qt::AlignVCenter, when);
    painter->drawText(QRect(right.left(), right.top() + line, right.width(), line),
        Qt::AlignRight | Qt::AlignVCenter, actor);

    // A hairline between cards.
    QColor rule = palette.color(QPalette::Mid);
    rule.setAlphaF(0.4f);
    painter->setPen(rule);
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    painter->restore();
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {metrics.averageCharWidth() * 40, metrics.lineSpacing() * 2 + 12};
}

} // namespace lf
