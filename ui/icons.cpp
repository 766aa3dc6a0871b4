#include "icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace lf {
namespace {

/// Draws one icon on a 24×24 grid scaled to the requested size.
class PaintedIconEngine final : public QIconEngine
{
public:
    explicit PaintedIconEngine(IconKind kind)
        : m_kind(kind)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(rect.width(), rect.height());
        painter->translate(
            rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        const QPalette palette = QApplication::palette();
        QColor ink = palette.color(QPalette::Active, QPalette::WindowText);
        if (mode == QIcon::Disabled)
            ink = palette.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            ink = palette.color(QPalette::Active, QPalette::HighlightedText);
        draw(*painter, ink, mode == QIcon::Disabled);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new PaintedIconEngine(m_kind); }
    QString key() const override { return u"lf-painted"_s; }

private:
    void draw(QPainter &p, const QColor &ink, bool disabled) const
    {
        QPen pen(ink, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        const QColor accent = disabled ? ink : QColor(0x2e, 0x7d, 0x32);
        const QColor danger = disabled ? ink : QColor(0xc6, 0x28, 0x28);

        switch (m_kind) {
        case IconKind::NewLead: {
            // A person with a plus sign.
            p.drawEllipse(QPointF(9.5, 8.0), 3.5, 3.5);
            QPainterPath body;
            body.moveTo(3.0, 20.0);
            body.cubicTo(3.0, 15.5, 6.0, 13.5, 9.5, 13.5);
            body.cubicTo(11.5, 13.5, 13.0, 14.0, 14.0, 15.0);
            p.drawPath(body);
            p.drawLine(QPointF(3.0, 20.0), QPointF(12.0, 20.0));
            p.setPen(QPen(accent, 2.2, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(18.5, 13.0), QPointF(18.5, 21.0));
            p.drawLine(QPointF(14.5, 17.0), QPointF(22.5, 17.0));
            break;
        }
        case IconKind::EditLead: {
            // A pencil.
            QPainterPath pencil;
            pencil.moveTo(4.0, 20.0);
            pencil.lineTo(5.0, 15.5);
            pencil.lineTo(15.5, 5.0);
            pencil.lineTo(19.0, 8.5);
            pencil.lineTo(8.5, 19.0);
            pencil.closeSubpath();
            p.drawPath(pencil);
            p.drawLine(QPointF(13.0, 7.5), QPointF(16.5, 11.0));
            p.drawLine(QPointF(12.0, 20.0), QPointF(20.0, 20.0));
            break;
        }
        case IconKind::DeleteLead: {
            // A bin.
            p.setPen(QPen(danger, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.drawLine(QPointF(4.0, 6.5), QPointF(20.0, 6.5));
            p.drawLine(QPointF(9.5, 6.5), QPointF(10.0, 3.5));
            p.drawLine(QPointF(10.0, 3.5), QPointF(14.0, 3.5));
            p.drawLine(QPointF(14.0, 3.5), QPointF(14.5, 6.5));
            QPainterPath can;
            can.moveTo(6.0, 6.5);
            can.lineTo(7.0, 20.5);
            can.lineTo(17.0, 20.5);
            can.lineTo(18.0, 6.5);
            p.drawPath(can);
            p.drawLine(QPointF(10.0, 10.0), QPointF(10.3, 17.0));
            p.drawLine(QPointF(14.0, 10.0), QPointF(13.7, 17.0));
            break;
        }
        case IconKind::Refresh: {
            // A circular arrow.
            p.drawArc(QRectF(4.5, 4.5, 15.0, 15.0), 60 * 16, 290 * 16);
            QPainterPath head;
            head.moveTo(15.0, 2.5);
            head.lineTo(16.2, 6.3);
            head.lineTo(12.3, 7.5);
            p.drawPath(head);
            break;
        }
        case IconKind::Search: {
            p.drawEllipse(QPointF(10.0, 10.0), 6.0, 6.0);
            p.setPen(QPen(ink, 2.6, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(14.5, 14.5), QPointF(20.0, 20.0));
            break;
        }
        case IconKind::Quit: {
            // A door with an arrow leaving it.
            QPainterPath door;
            door.moveTo(13.0, 4.0);
            door.lineTo(5.0, 4.0);
            door.lineTo(5.0, 20.0);
            door.lineTo(13.0, 20.0);
            p.drawPath(door);
            p.drawLine(QPointF(10.0, 12.0), QPointF(20.0, 12.0));
            p.drawLine(QPointF(16.5, 8.5), QPointF(20.0, 12.0));
            p.drawLine(QPointF(16.5, 15.5), QPointF(20.0, 12.0));
            break;
        }
        case IconKind::Undo:
        case IconKind::Redo: {
            // A hooked arrow, pointing left for undo and right for redo.
            if (m_kind == IconKind::Redo) {
                p.translate(24.0, 0.0);
                p.scale(-1.0, 1.0);
            }
            QPainterPath hook;
            hook.moveTo(5.0, 10.0);
            hook.lineTo(15.0, 10.0);
            hook.cubicTo(18.5, 10.0, 20.0, 12.5, 20.0, 14.5);
            hook.cubicTo(20.0, 17.0, 18.0, 19.0, 15.0, 19.0);
            hook.lineTo(10.0, 19.0);
            p.drawPath(hook);
            p.drawLine(QPointF(5.0, 10.0), QPointF(9.0, 6.0));
            p.drawLine(QPointF(5.0, 10.0), QPointF(9.0, 14.0));
            break;
        }
        case IconKind::Import: {
            // A tray with an arrow coming down into it.
            p.drawLine(QPointF(12.0, 3.0), QPointF(12.0, 14.0));
            p.drawLine(QPointF(8.0, 10.0), QPointF(12.0, 14.0));
            p.drawLine(QPointF(16.0, 10.0), QPointF(12.0, 14.0));
            QPainterPath tray;
            tray.moveTo(4.0, 14.0);
            tray.lineTo(4.0, 20.0);
            tray.lineTo(20.0, 20.0);
            tray.lineTo(20.0, 14.0);
            p.setPen(QPen(accent, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.drawPath(tray);
            break;
        }
        case IconKind::Leads: {
            // Rows of a list, each with a dot.
            for (qreal y : {6.0, 12.0, 18.0}) {
                p.drawEllipse(QPointF(5.0, y), 1.2, 1.2);
                p.drawLine(QPointF(9.0, y), QPointF(20.0, y));
            }
            break;
        }
        case IconKind::Tasks: {
            // A checked box and two lines.
            p.drawRoundedRect(QRectF(3.5, 4.5, 8.0, 8.0), 1.5, 1.5);
            p.setPen(QPen(accent, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.drawLine(QPointF(5.5, 8.5), QPointF(7.3, 10.5));
            p.drawLine(QPointF(7.3, 10.5), QPointF(12.5, 4.0));
            p.setPen(pen);
            p.drawLine(QPointF(14.5, 8.5), QPointF(20.5, 8.5));
            p.drawLine(QPointF(3.5, 17.5), QPointF(20.5, 17.5));
            break;
        }
        case IconKind::Pipeline: {
            // Three board columns of falling height.
            p.drawRoundedRect(QRectF(3.0, 4.0, 5.0, 16.0), 1.0, 1.0);
            p.drawRoundedRect(QRectF(9.5, 4.0, 5.0, 11.0), 1.0, 1.0);
            p.drawRoundedRect(QRectF(16.0, 4.0, 5.0, 6.5), 1.0, 1.0);
            break;
        }
        case IconKind::Dashboard: {
            // Bars on an axis.
            p.drawLine(QPointF(3.5, 20.5), QPointF(20.5, 20.5));
            p.setPen(QPen(ink, 3.0, Qt::SolidLine, Qt::FlatCap));
            p.drawLine(QPointF(7.0, 18.5), QPointF(7.0, 12.0));
            p.setPen(QPen(accent, 3.0, Qt::SolidLine, Qt::FlatCap));
            p.drawLine(QPointF(12.0, 18.5), QPointF(12.0, 5.0));
            p.setPen(QPen(ink, 3.0, Qt::SolidLine, Qt::FlatCap));
            p.drawLine(QPointF(17.0, 18.5), QPointF(17.0, 9.0));
            break;
        }
        case IconKind::Settings: {
            // Two sliders.
            p.drawLine(QPointF(3.5, 8.0), QPointF(20.5, 8.0));
            p.drawLine(QPointF(3.5, 16.0), QPointF(20.5, 16.0));
            p.setBrush(QApplication::palette().color(QPalette::Window));
            p.drawEllipse(QPointF(9.0, 8.0), 2.6, 2.6);
            p.drawEllipse(QPointF(15.5, 16.0), 2.6, 2.6);
            break;
        }
        case IconKind::Application: {
            // A funnel on a rounded tile: leads in at the top, deals out at the bottom.
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x15, 0x65, 0xc0));
            p.drawRoundedRect(QRectF(1.0, 1.0, 22.0, 22.0), 5.0, 5.0);
            QPainterPath funnel;
            funnel.moveTo(5.0, 6.0);
            funnel.lineTo(19.0, 6.0);
            funnel.lineTo(13.5, 12.5);
            funnel.lineTo(13.5, 18.0);
            funnel.lineTo(10.5, 19.5);
            funnel.lineTo(10.5, 12.5);
            funnel.closeSubpath();
            p.setBrush(Qt::white);
            p.drawPath(funnel);
            break;
        }
        }
    }

    IconKind m_kind;
};

QIcon painted(IconKind kind)
{
    return QIcon(new PaintedIconEngine(kind));
}

} // namespace

QIcon icon(IconKind kind)
{
    switch (kind) {
    case IconKind::NewLead:
        return QIcon::fromTheme(u"contact-new"_s, painted(kind));
    case IconKind::EditLead:
        return QIcon::fromTheme(u"document-edit"_s, painted(kind));
    case IconKind::DeleteLead:
        return QIcon::fromTheme(u"edit-delete"_s, painted(kind));
    case IconKind::Refresh:
        return QIcon::fromTheme(u"view-refresh"_s, painted(kind));
    case IconKind::Search:
        return QIcon::fromTheme(u"edit-find"_s, painted(kind));
    case IconKind::Quit:
        return QIcon::fromTheme(u"application-exit"_s, painted(kind));
    case IconKind::Undo:
        return QIcon::fromTheme(u"edit-undo"_s, painted(kind));
    case IconKind::Redo:
        return QIcon::fromTheme(u"edit-redo"_s, painted(kind));
    case IconKind::Import:
        return QIcon::fromTheme(u"document-import"_s, painted(kind));
    case IconKind::Leads:
        return QIcon::fromTheme(u"view-list-details"_s, painted(kind));
    case IconKind::Tasks:
        return QIcon::fromTheme(u"view-task"_s, painted(kind));
    case IconKind::Pipeline:
        return QIcon::fromTheme(u"view-pim-tasks"_s, painted(kind));
    case IconKind::Dashboard:
        return QIcon::fromTheme(u"office-chart-bar"_s, painted(kind));
    case IconKind::Settings:
        return QIcon::fromTheme(u"configure"_s, painted(kind));
    case IconKind::Application:
        return painted(kind);
    }
    return {};
}

} // namespace lf
