#include "pipelineboard.h"

#include "domain/lifecycle.h"
#include "leadactions.h"
#include "leads/leadservice.h"
#include "routing/userservice.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QFrame>
#include <QGraphicsOpacityEffect>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lf {
namespace {

/// "12,300.00 EUR" style: the locale's grouping, whole units when there are no cents.
QString formatMoney(qint64 minor, const QString &currency)
{
    const QLocale locale;
    const bool whole = minor % 100 == 0;
    const QString amount = locale.toString(double(minor) / 100.0, 'f', whole ? 0 : 2);
    return currency.isEmpty() ? amount : u"%1 %2"_s.arg(amount, currency);
}

/// Column widths: six open columns fit a 1280 pixel wide window.
constexpr int OpenWidth = 200;
constexpr int CollapsedWidth = 172;

QString collapsedKey(Stage stage)
{
    return u"pipeline/collapsed/"_s + stageKey(stage);
}

/// Colour of a grade badge: A green, B blue, C amber, D grey.
QColor gradeColor(const QString &grade, const QPalette &palette)
{
    if (grade == u"A"_s)
        return QColor(0x2e, 0x7d, 0x32);
    if (grade == u"B"_s)
        return QColor(0x15, 0x65, 0xc0);
    if (grade == u"C"_s)
        return QColor(0xb2, 0x6a, 0x00);
    return palette.color(QPalette::PlaceholderText);
}

/// Paints a lead as a card: name and score badge, company, owner and value.
class CardDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int CardHeight = 80;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {qMax(160, option.rect.width()), CardHeight};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = option.palette;
        const QRectF card = QRectF(option.rect).adjusted(6.5, 4.5, -6.5, -4.5);
        const bool selected = option.state & QStyle::State_Selected;
        const bool focused = option.state & QStyle::State_HasFocus;

        QColor background = pal.color(QPalette::Base);
        if (selected) {
            QColor tint = pal.color(QPalette::Highlight);
            tint.setAlpha(40);
            painter->setPen(Qt::NoPen);
            painter->setBrush(background);
            painter->drawRoundedRect(card, 6, 6);
            background = tint;
        }
        painter->setBrush(background);
        painter->setPen(
            QPen(selected || focused ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
                selected || focused ? 1.5 : 1.0));
        painter->drawRoundedRect(card, 6, 6);

        const QRectF inner = card.adjusted(10, 7, -10, -7);
        const qreal line = inner.height() / 3.0;

        // Line 1: the name, the whole width.
        QFont nameFont = option.font;
        nameFont.setBold(true);
        painter->setFont(nameFont);
        painter->setPen(pal.color(QPalette::Text));
        const QRectF nameRect(inner.left(), inner.top(), inner.width(), line);
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(nameFont).elidedText(index.data(PipelineColumnModel::NameRole).toString(),
                Qt::ElideRight, nameRect.width()));

        // Line 2: company, left; deal value, right.
        const QColor dim = pal.color(QPalette::PlaceholderText);
        const QRectF middle(inner.left(), inner.top() + line, inner.width(), line);
        const QString value = index.data(PipelineColumnModel::ValueRole).toString();
        QFont valueFont = option.font;
        valueFont.setBold(true);
        const qreal valueWidth =
            value.isEmpty() ? 0 : QFontMetricsF(valueFont).horizontalAdvance(value) + 6;
        if (!value.isEmpty()) {
            painter->setFont(valueFont);
            painter->setPen(pal.color(QPalette::Text));
            painter->drawText(middle, Qt::AlignRight | Qt::AlignVCenter, value);
        }
        painter->setFont(option.font);
        QString company = index.data(PipelineColumnModel::CompanyRole).toString();
        painter->setPen(company.isEmpty() ? dim : pal.color(QPalette::Text));
        if (company.isEmpty())
            company = PipelineBoard::tr("No company");
        const QRectF companyRect = middle.adjusted(0, 0, -valueWidth, 0);
        painter->drawText(companyRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(option.font).elidedText(company, Qt::ElideRight, companyRect.width()));

        // Line 3: owner, left; score and grade badge, right.
        const QRectF bottom(inner.left(), inner.top() + 2 * line, inner.width(), line);
        const QVariant score = index.data(PipelineColumnModel::ScoreRole);
        const QString grade = index.data(PipelineColumnModel::GradeRole).toString();
        QFont badgeFont = option.font;
        badgeFont.setBold(true);
        badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
        const QString badgeText = score.isNull()
            ? grade
            : (grade.isEmpty() ? QString::number(score.toLongLong())
                               : u"%1 · %2"_s.arg(score.toLongLong()).arg(grade));
        qreal badgeWidth = 0;
        if (!badgeText.isEmpty()) {
            const QFontMetricsF fm(badgeFont);
            badgeWidth = fm.horizontalAdvance(badgeText) + 12;
            const qreal height = qMin(line - 2, fm.height() + 2);
            const QRectF badge(
                bottom.right() - badgeWidth, bottom.center().y() - height / 2, badgeWidth, height);
            painter->setPen(Qt::NoPen);
            painter->setBrush(gradeColor(grade, pal));
            painter->drawRoundedRect(badge, height / 2, height / 2);
            painter->setPen(Qt::white);
            painter->setFont(badgeFont);
            painter->drawText(badge, Qt::AlignCenter, badgeText);
        }
        QString owner = index.data(PipelineColumnModel::OwnerRole).toString();
        QFont ownerFont = option.font;
        ownerFont.setPointSizeF(ownerFont.pointSizeF() * 0.9);
        if (owner.isEmpty()) {
            owner = PipelineBoard::tr("Unassigned");
            ownerFont.setItalic(true);
        }
        painter->setFont(ownerFont);
        painter->setPen(dim);
        const QRectF ownerRect = bottom.adjusted(0, 0, -badgeWidth - 6, 0);
        painter->drawText(ownerRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(ownerFont).elidedText(owner, Qt::ElideRight, ownerRect.width()));
        painter->restore();
    }
};

/// The cards of a column; tells the board when a drag starts and ends so it can show the columns
/// that take the cards.
class CardView : public QListView
{
public:
    using QListView::QListView;
    std::function<void(bool)> dragging;

protected:
    void startDrag(Qt::DropActions supportedActions) override
    {
        if (dragging)
            dragging(true);
        QListView::startDrag(supportedActions);
        if (dragging)
            dragging(false);
    }
};

/// A column's frame: the drop target (also when its cards are collapsed) with its drop highlight.
class ColumnFrame : public QFrame
{
public:
    using QFrame::QFrame;
    std::function<bool(const QMimeData *)> accepts;
    std::function<void(const QMimeData *)> dropped;

    void setTargetState(int state) ///< 0 normal, 1 may take the drag, 2 hovered by a taking drag
    {
        if (m_state != state) {
            m_state = state;
            update();
        }
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);
        QColor background = palette().color(QPalette::Window).darker(106);
        QPen pen(palette().color(QPalette::Mid), 1);
        if (m_state > 0) {
            QColor accent = palette().color(QPalette::Highlight);
            pen =
                QPen(accent, m_state == 2 ? 2.5 : 1.5, m_state == 2 ? Qt::SolidLine : Qt::DashLine);
            accent.setAlpha(m_state == 2 ? 45 : 18);
            painter.setBrush(background);
            painter.setPen(Qt::NoPen);
            painter.drawRoundedRect(r, 8, 8);
            background = accent;
        }
        painter.setBrush(background);
        painter.setPen(pen);
        painter.drawRoundedRect(r, 8, 8);
    }
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        if (accepts && accepts(event->mimeData())) {
            event->setDropAction(Qt::MoveAction);
            event->accept();
            setTargetState(2);
        } else {
            event->ignore();
        }
    }
    void dragMoveEvent(QDragMoveEvent *event) override
    {
        if (accepts && accepts(event->mimeData())) {
            event->setDropAction(Qt::MoveAction);
            event->accept();
        } else {
            event->ignore();
        }
    }
    void dragLeaveEvent(QDragLeaveEvent *) override { setTargetState(1); }
    void dropEvent(QDropEvent *event) override
    {
        setTargetState(0);
        if (!accepts || !accepts(event->mimeData())) {
            event->ignore();
            return;
        }
        event->setDropAction(Qt::MoveAction);
        event->accept();
        if (dropped)
            dropped(event->mimeData());
    }

private:
    int m_state = 0;
};

} // namespace

// --- PipelineColumnModel ----------------------------------------------------------------------

PipelineColumnModel::PipelineColumnModel(LeadService *service, Stage stage, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
    , m_stage(stage)
{
}

int PipelineColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_leads.size());
}

QVariant PipelineColumnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lead &lead = m_leads.at(index.row());
    auto owner = [&] {
        return lead.isNull(LeadField::OwnerId)
            ? QString()
            : m_ownerNames.value(lead.integer(LeadField::OwnerId),
                tr("User %1").arg(lead.integer(LeadField::OwnerId)));
    };
    auto value = [&] {
        return lead.isNull(LeadField::Value)
            ? QString()
            : formatMoney(lead.integer(LeadField::Value), lead.text(LeadField::Currency));
    };
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return lead.displayName();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QStringList parts {lead.displayName()};
        if (!lead.text(LeadField::Company).isEmpty())
            parts << lead.text(LeadField::Company);
        if (!lead.isNull(LeadField::Score))
            parts << tr("score %1").arg(lead.integer(LeadField::Score));
        if (!lead.text(LeadField::Grade).isEmpty())
            parts << tr("grade %1").arg(lead.text(LeadField::Grade));
        const QString name = owner();
        parts << (name.isEmpty() ? tr("unassigned") : tr("owner %1").arg(name));
        if (!value().isEmpty())
            parts << tr("value %1").arg(value());
        return parts.join(u", "_s);
    }
    case LeadIdRole:
        return lead.id();
    case CompanyRole:
        return lead.text(LeadField::Company);
    case ScoreRole:
        return lead.isNull(LeadField::Score) ? QVariant()
                                             : QVariant(lead.integer(LeadField::Score));
    case GradeRole:
        return lead.text(LeadField::Grade);
    case OwnerRole:
        return owner();
    case ValueRole:
        return value();
    case ValueMinorRole:
        return lead.isNull(LeadField::Value) ? QVariant()
                                             : QVariant(lead.integer(LeadField::Value));
    case StageRole:
        return stageKey(m_stage);
    default:
        return {};
    }
}

Qt::ItemFlags PipelineColumnModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
        | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> PipelineColumnModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(LeadIdRole, "leadId");
    names.insert(NameRole, "name");
    names.insert(CompanyRole, "company");
    names.insert(ScoreRole, "score");
    names.insert(GradeRole, "grade");
    names.insert(OwnerRole, "owner");
    names.insert(ValueRole, "value");
    names.insert(ValueMinorRole, "valueMinor");
    names.insert(StageRole, "stage");
    return names;
}

QStringList PipelineColumnModel::mimeTypes() const
{
    return {MimeType};
}

QMimeData *PipelineColumnModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this && !rows.contains(index.row()))
            rows.append(index.row());
    }
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    QJsonArray ids;
    for (int row : std::as_const(rows))
        ids.append(m_leads.at(row).id());
    auto *mime = new QMimeData;
    mime->setData(MimeType,
        QJsonDocument(QJsonObject {{u"from"_s, stageKey(m_stage)}, {u"ids"_s, ids}})
            .toJson(QJsonDocument::Compact));
    return mime;
}

Qt::DropActions PipelineColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

std::optional<PipelineColumnModel::Drag> PipelineColumnModel::decode(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(MimeType))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(mime->data(MimeType)).object();
    const std::optional<Stage> from = stageFromString(object.value(u"from"_s).toString());
    if (!from)
        return std::nullopt;
    Drag drag;
    drag.from = *from;
    const QJsonArray ids = object.value(u"ids"_s).toArray();
    for (const QJsonValue &id : ids) {
        if (const qint64 value = id.toInteger(); value > 0)
            drag.ids.append(value);
    }
    if (drag.ids.isEmpty())
        return std::nullopt;
    return drag;
}

bool PipelineColumnModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_lastError && !m_notifying && m_leads.size() < m_total;
}

void PipelineColumnModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Result<QList<Lead>> page = m_service->list(query(m_leads.size(), m_pageSize));
    if (!page) {
        m_lastError = page.error();
        return;
    }
    // Leads may have moved since the last page: skip any already shown.
    QList<Lead> fresh;
    for (const Lead &lead : std::as_const(*page)) {
        if (rowOfLead(lead.id()) < 0)
            fresh.append(lead);
    }
    if (fresh.isEmpty()) {
        // Nothing new behind what is shown: the count was stale.
        m_total = m_leads.size();
        recompute();
        emit loaded();
        return;
    }
    m_notifying = true;
    beginInsertRows({}, int(m_leads.size()), int(m_leads.size() + fresh.size() - 1));
    m_leads.append(fresh);
    recompute();
    endInsertRows();
    m_notifying = false;
    emit loaded();
}

bool PipelineColumnModel::reload(bool keepShown)
{
    const qint64 wanted = keepShown ? qMax<qint64>(m_pageSize, m_leads.size()) : m_pageSize;
    Result<qint64> total = m_service->count(query(0, -1));
    Result<QList<Lead>> leads =
        total ? m_service->list(query(0, wanted)) : Result<QList<Lead>>(fail(total.error()));
    m_notifying = true;
    beginResetModel();
    if (!leads) {
        m_lastError = leads.error();
        m_leads.clear();
        m_total = 0;
    } else {
        m_lastError.reset();
        m_leads = std::move(*leads);
        m_total = qMax<qint64>(*total, m_leads.size());
    }
    recompute();
    endResetModel();
    m_notifying = false;
    emit loaded();
    return !m_lastError;
}

int PipelineColumnModel::rowOfLead(qint64 id) const
{
    for (int row = 0; row < m_leads.size(); ++row) {
        if (m_leads.at(row).id() == id)
            return row;
    }
    return -1;
}

LeadQuery PipelineColumnModel::query(qint64 offset, qint64 limit) const
{
    LeadQuery q;
    q.stages = {m_stage};
    if (m_ownerId > 0)
        q.ownerId = m_ownerId;
    q.sortField = LeadField::Score;
    q.sortOrder = Qt::DescendingOrder;
    q.offset = offset;
    q.limit = limit;
    return q;
}

void PipelineColumnModel::recompute()
{
    m_shownValue = 0;
    m_currency.clear();
    bool mixed = false;
    for (const Lead &lead : std::as_const(m_leads)) {
        if (lead.isNull(LeadField::Value))
            continue;
        m_shownValue += lead.integer(LeadField::Value);
        const QString currency = lead.text(LeadField::Currency);
        if (m_currency.isEmpty() && !mixed)
            m_currency = currency;
        else if (currency != m_currency) {
            mixed = true;
            m_currency.clear();
        }
    }
}

// --- PipelineBoard ----------------------------------------------------------------------------

struct PipelineBoard::Column
{
    Stage stage = Stage::New;
    PipelineColumnModel *model = nullptr;
    ColumnFrame *frame = nullptr;
    CardView *view = nullptr;
    QLabel *title = nullptr;
    QLabel *count = nullptr;
    QLabel *value = nullptr;
    QLabel *empty = nullptr;
    QPushButton *more = nullptr;
    QToolButton *collapse = nullptr;
    QWidget *spacer = nullptr;
    QGraphicsOpacityEffect *dim = nullptr;
    bool collapsed = false;
};

PipelineBoard::PipelineBoard(Database &database, LeadActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_actions(actions)
    , m_service(std::make_unique<LeadService>(database.connection()))
{
    setObjectName(u"PipelineBoard"_s);
    setAccessibleName(tr("Pipeline board"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    auto *bar = new QHBoxLayout;
    auto *heading = new QLabel(tr("Pipeline"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    bar->addWidget(heading);
    bar->addSpacing(16);
    auto *ownerLabel = new QLabel(tr("&Owner:"));
    m_ownerCombo = new QComboBox;
    m_ownerCombo->setObjectName(u"ownerCombo"_s);
    m_ownerCombo->setAccessibleName(tr("Show the leads of"));
    m_ownerCombo->setMinimumContentsLength(16);
    m_ownerCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    ownerLabel->setBuddy(m_ownerCombo);
    bar->addWidget(ownerLabel);
    bar->addWidget(m_ownerCombo);
    bar->addSpacing(12);
    auto *hint = new QLabel(tr("Drag a card to another stage, or press Ctrl+Shift+→ / ←."));
    hint->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(hint, 1);
    auto *refreshButton = new QPushButton(tr("&Refresh"));
    refreshButton->setObjectName(u"refreshButton"_s);
    refreshButton->setAccessibleName(tr("Refresh the board"));
    connect(refreshButton, &QPushButton::clicked, this, [this] {
        showMessage({});
        refresh();
    });
    bar->addWidget(refreshButton);
    layout->addLayout(bar);

    m_message = new QLabel;
    m_message->setObjectName(u"boardMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Board message"));
    m_message->setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid "
                             "#f5c2bd; border-radius: 4px; padding: 6px; }"_s);
    m_message->hide();
    layout->addWidget(m_message);

    m_scroll = new QScrollArea;
    m_scroll->setObjectName(u"boardScroll"_s);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *container = new QWidget;
    auto *columns = new QHBoxLayout(container);
    columns->setContentsMargins(0, 0, 4, 0);
    columns->setSpacing(8);
    for (Stage stage : boardStages())
        buildColumn(stage, container);
    columns->addStretch(1);
    m_scroll->setWidget(container);
    layout->addWidget(m_scroll, 1);

    connect(m_ownerCombo, &QComboBox::currentIndexChanged, this,
        [this] { setOwnerFilter(m_ownerCombo->currentData().toLongLong()); });

    if (m_actions) {
        // Coalesce bursts (a multi-lead move emits once per lead) into one reload.
        // A refresh made meanwhile (after the board's own move) satisfies it: see refresh().
        m_pendingRefresh = new QTimer(this);
        m_pendingRefresh->setSingleShot(true);
        m_pendingRefresh->setInterval(0);
        connect(m_pendingRefresh, &QTimer::timeout, this, &PipelineBoard::refresh);
        connect(
            m_actions, &LeadActions::leadChanged, m_pendingRefresh, qOverload<>(&QTimer::start));
        connect(
            m_actions, &LeadActions::leadsChanged, m_pendingRefresh, qOverload<>(&QTimer::start));
    }
    refresh();
}

PipelineBoard::~PipelineBoard() = default;

QList<Stage> PipelineBoard::boardStages()
{
    QList<Stage> open;
    QList<Stage> closed;
    for (Stage stage : allStages())
        (isClosedStage(stage) ? closed : open).append(stage);
    return open + closed;
}

void PipelineBoard::buildColumn(Stage stage, QWidget *container)
{
    auto column = std::make_unique<Column>();
    Column &c = *column;
    c.stage = stage;
    c.model = new PipelineColumnModel(m_service.get(), stage, this);
    c.model->setObjectName(u"model_"_s + stageKey(stage));

    c.frame = new ColumnFrame(container);
    c.frame->setObjectName(u"column_"_s + stageKey(stage));
    c.frame->setAccessibleName(tr("%1 column").arg(stageLabel(stage)));
    c.frame->setAcceptDrops(true);
    c.frame->setFixedWidth(OpenWidth);
    c.frame->accepts = [this, stage](const QMimeData *mime) {
        return canDrop(mime, stage);
    };
    c.frame->dropped = [this, stage](const QMimeData *mime) {
        // Move after the drag has ended: a reason dialog must not run inside the drag's loop.
        if (auto drag = PipelineColumnModel::decode(mime)) {
            QTimer::singleShot(
                0, this, [this, drag = *drag, stage] { moveLeads(drag.ids, drag.from, stage); });
        }
    };
    c.dim = new QGraphicsOpacityEffect(c.frame);
    c.dim->setOpacity(0.35);
    c.dim->setEnabled(false);
    c.frame->setGraphicsEffect(c.dim);

    auto *layout = new QVBoxLayout(c.frame);
    layout->setContentsMargins(6, 8, 6, 6);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 0, 2, 0);
    c.title = new QLabel(stageLabel(stage));
    QFont titleFont = c.title->font();
    titleFont.setBold(true);
    c.title->setFont(titleFont);
    header->addWidget(c.title, 1);
    c.count = new QLabel;
    c.count->setObjectName(u"count"_s);
    c.count->setAlignment(Qt::AlignCenter);
    c.count->setMinimumWidth(28);
    c.count->setStyleSheet(u"QLabel { background: palette(mid); color: palette(base); "
                           "border-radius: 8px; padding: 1px 7px; font-weight: bold; }"_s);
    header->addWidget(c.count);
    if (isClosedStage(stage)) {
        c.collapse = new QToolButton;
        c.collapse->setObjectName(u"collapse"_s);
        c.collapse->setAutoRaise(true);
        c.collapse->setCheckable(true);
        c.collapse->setFixedSize(20, 18);
        connect(c.collapse, &QToolButton::toggled, this, [this, &c](bool collapsed) {
            setCollapsed(c, collapsed);
            QSettings().setValue(collapsedKey(c.stage), collapsed);
        });
        header->addWidget(c.collapse);
    }
    layout->addLayout(header);

    c.value = new QLabel;
    c.value->setObjectName(u"value"_s);
    c.value->setContentsMargins(6, 0, 6, 2);
    c.value->setForegroundRole(QPalette::PlaceholderText);
    c.value->setWordWrap(true);
    layout->addWidget(c.value);

    c.view = new CardView;
    c.view->setObjectName(u"cards_"_s + stageKey(stage));
    c.view->setAccessibleName(tr("%1 leads").arg(stageLabel(stage)));
    c.view->setAccessibleDescription(
        tr("Enter opens the lead; Ctrl+Shift+Right or Left moves it to the next or previous "
           "stage; the context menu moves it to any stage it may go to."));
    c.view->setModel(c.model);
    c.view->setItemDelegate(new CardDelegate(c.view));
    c.view->setFrameShape(QFrame::NoFrame);
    c.view->viewport()->setAutoFillBackground(false);
    c.view->setAutoFillBackground(false);
    c.view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    c.view->setDragDropMode(QAbstractItemView::DragOnly);
    c.view->setDefaultDropAction(Qt::MoveAction);
    c.view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    c.view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    c.view->setUniformItemSizes(true);
    c.view->setContextMenuPolicy(Qt::CustomContextMenu);
    c.view->setTabKeyNavigation(false);
    c.view->installEventFilter(this);
    c.view->dragging = [this, stage](bool on) {
        setDragSource(on ? std::optional<Stage>(stage) : std::nullopt);
    };
    connect(c.view, &QListView::activated, this, [this](const QModelIndex &index) {
        emit openLead(index.data(PipelineColumnModel::LeadIdRole).toLongLong());
    });
    connect(c.view, &QListView::customContextMenuRequested, this,
        [this, &c](const QPoint &pos) { showContextMenu(c, pos); });
    layout->addWidget(c.view, 1);

    c.empty = new QLabel(tr("No leads"));
    c.empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    c.empty->setForegroundRole(QPalette::PlaceholderText);
    c.empty->setContentsMargins(0, 16, 0, 0);
    layout->addWidget(c.empty, 1);

    // Keeps a collapsed column's header at the top.
    c.spacer = new QWidget;
    c.spacer->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    layout->addWidget(c.spacer, 1);

    c.more = new QPushButton;
    c.more->setObjectName(u"showMore"_s);
    c.more->setFlat(true);
    c.more->setAccessibleName(tr("Show more %1 leads").arg(stageLabel(stage)));
    connect(c.more, &QPushButton::clicked, this, [&c] {
        c.model->fetchMore({});
        c.view->setFocus();
    });
    layout->addWidget(c.more);

    connect(c.model, &PipelineColumnModel::loaded, this, [this, &c] { updateHeader(c); });
    container->layout()->addWidget(c.frame);
    m_columns.push_back(std::move(column));

    if (c.collapse) {
        const bool collapsed = QSettings().value(collapsedKey(stage), stage != Stage::Won).toBool();
        c.collapse->setChecked(collapsed);
        setCollapsed(c, collapsed);
    }
}

void PipelineBoard::setCollapsed(Column &column, bool collapsed)
{
    column.collapsed = collapsed;
    column.frame->setFixedWidth(collapsed ? CollapsedWidth : OpenWidth);
    column.collapse->setArrowType(collapsed ? Qt::RightArrow : Qt::DownArrow);
    column.collapse->setToolTip(collapsed ? tr("Show the cards") : tr("Hide the cards"));
    column.collapse->setAccessibleName(collapsed
            ? tr("Show %1 cards").arg(stageLabel(column.stage))
            : tr("Hide %1 cards").arg(stageLabel(column.stage)));
    updateHeader(column);
}

void PipelineBoard::loadOwners()
{
    QHash<qint64, QString> names;
    const QSignalBlocker blocker(m_ownerCombo);
    m_ownerCombo->clear();
    m_ownerCombo->addItem(tr("Everyone"), qint64(0));
    UserService users(m_database.connection());
    if (Result<QList<User>> list = users.list(true)) {
        for (const User &user : std::as_const(*list)) {
            names.insert(user.id, user.name);
            m_ownerCombo->addItem(user.name, user.id);
        }
    } else {
        showMessage(tr("Could not read the users: %1").arg(list.error().message));
    }
    const int index = m_ownerCombo->findData(m_ownerId);
    m_ownerCombo->setCurrentIndex(index < 0 ? 0 : index);
    for (const auto &column : m_columns)
        column->model->setOwnerNames(names);
}

void PipelineBoard::refresh()
{
    if (m_pendingRefresh)
        m_pendingRefresh->stop();
    loadOwners();
    QStringList failures;
    for (const auto &column : m_columns) {
        // Keep the current card current across the reload.
        const qint64 current =
            column->view->currentIndex().data(PipelineColumnModel::LeadIdRole).toLongLong();
        column->model->setOwnerFilter(m_ownerId);
        if (!column->model->reload())
            failures << column->model->lastError()->message;
        if (current > 0) {
            if (const int row = column->model->rowOfLead(current); row >= 0)
                column->view->setCurrentIndex(column->model->index(row));
        }
    }
    if (!failures.isEmpty())
        showMessage(tr("Could not load the board: %1").arg(failures.constFirst()));
}

void PipelineBoard::setOwnerFilter(qint64 userId)
{
    m_ownerId = qMax<qint64>(0, userId);
    const int index = m_ownerCombo->findData(m_ownerId);
    if (index >= 0 && index != m_ownerCombo->currentIndex()) {
        const QSignalBlocker blocker(m_ownerCombo);
        m_ownerCombo->setCurrentIndex(index);
    }
    refresh();
}

void PipelineBoard::updateHeader(Column &c)
{
    const QLocale locale;
    const qint64 total = c.model->totalCount();
    const int shown = c.model->rowCount();
    c.count->setText(locale.toString(total));
    c.count->setAccessibleName(
        total == 1 ? tr("1 lead") : tr("%1 leads").arg(locale.toString(total)));
    const QString money = formatMoney(c.model->shownValue(), c.model->shownCurrency());
    if (c.model->shownValue() == 0) {
        c.value->setText(total == 0 ? tr("No leads") : tr("No deal values yet"));
        c.value->setToolTip(
            total == 0 ? QString() : tr("None of the leads shown has a deal value."));
    } else if (shown >= total) {
        c.value->setText(tr("Value %1").arg(money));
        c.value->setToolTip(tr("Sum of the deal values of every lead in this stage."));
    } else {
        c.value->setText(tr("Value %1 in top %2").arg(money, locale.toString(shown)));
        c.value->setToolTip(
            tr("Sum of the deal values of the %1 best-scored leads shown, of %2 in this stage.")
                .arg(locale.toString(shown), locale.toString(total)));
    }
    c.value->setAccessibleName(c.value->text());
    c.title->setAccessibleName(stageLabel(c.stage));
    const bool hasCards = shown > 0;
    c.view->setVisible(hasCards && !c.collapsed);
    c.empty->setVisible(!hasCards && !c.collapsed);
    c.spacer->setVisible(c.collapsed);
    const qint64 remaining = total - shown;
    c.more->setVisible(!c.collapsed && remaining > 0);
    if (remaining > 0) {
        c.more->setText(tr("Show %1 more (%2 left)")
                            .arg(locale.toString(qMin<qint64>(remaining, c.model->pageSize())),
                                locale.toString(remaining)));
    }
    if (c.collapsed && c.view->hasFocus())
        c.frame->setFocus();
}

bool PipelineBoard::canDrop(const QMimeData *mime, Stage to) const
{
    if (m_actions && m_actions->isReadOnly())
        return false;
    const auto drag = PipelineColumnModel::decode(mime);
    return drag && lifecycle::isAllowed(drag->from, to);
}

bool PipelineBoard::dropLeads(const QMimeData *mime, Stage to)
{
    const auto drag = PipelineColumnModel::decode(mime);
    if (!drag) {
        showMessage(tr("Only lead cards can be dropped on the board."));
        return false;
    }
    return moveLeads(drag->ids, drag->from, to);
}

bool PipelineBoard::moveLeads(const QList<qint64> &ids, Stage from, Stage to)
{
    if (ids.isEmpty() || from == to)
        return false;
    if (!m_actions) {
        showMessage(tr("Leads cannot be moved here."));
        return false;
    }
    if (m_actions->isReadOnly()) {
        showMessage(tr("The database is open read-only; leads cannot be moved."));
        return false;
    }
    if (!lifecycle::isAllowed(from, to)) {
        showMessage(lifecycle::refusal(from, to));
        return false;
    }
    Result<QList<Lead>> moved;
    if (LeadActions::needsReason(to) && m_reasonProvider) {
        const std::optional<QString> reason = m_reasonProvider(to, m_actions->reasonChoices(to));
        if (!reason) {
            showMessage({});
            return false;
        }
        moved = m_actions->changeStageQuiet(ids, to, *reason);
    } else if (LeadActions::needsReason(to)) {
        moved = m_actions->changeStage(ids, to, this);
    } else {
        moved = m_actions->changeStageQuiet(ids, to, QString());
    }
    if (!moved) {
        // A cancelled reason dialog is the user's choice, not an error to show.
        showMessage(moved.error().code == ErrorCode::Cancelled ? QString() : moved.error().message);
        refresh();
        return false;
    }
    showMessage({});
    refresh();
    if (!moved->isEmpty())
        selectLead(to, moved->constFirst().id());
    return !moved->isEmpty();
}

std::optional<Stage> PipelineBoard::nextTarget(Stage from, int direction) const
{
    const QList<Stage> order = boardStages();
    const QList<Stage> allowed = lifecycle::allowedTargets(from);
    for (qsizetype i = order.indexOf(from) + direction; i >= 0 && i < order.size();
         i += direction) {
        if (allowed.contains(order.at(i)))
            return order.at(i);
    }
    return std::nullopt;
}

bool PipelineBoard::moveCurrentCard(int direction)
{
    Column *column = nullptr;
    for (const auto &c : m_columns) {
        if (c->view->hasFocus() || (!column && c->view->currentIndex().isValid()))
            column = c.get();
        if (c->view->hasFocus())
            break;
    }
    if (!column)
        return false;
    const QModelIndex current = column->view->currentIndex();
    if (!current.isValid())
        return false;
    const std::optional<Stage> to = nextTarget(column->stage, direction < 0 ? -1 : 1);
    if (!to) {
        showMessage(direction < 0
                ? tr("%1 cannot move to an earlier stage on the board.")
                      .arg(current.data(PipelineColumnModel::NameRole).toString())
                : tr("%1 cannot move to a later stage on the board.")
                      .arg(current.data(PipelineColumnModel::NameRole).toString()));
        return false;
    }
    QList<qint64> ids;
    const QModelIndexList selected = column->view->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        ids.append(index.data(PipelineColumnModel::LeadIdRole).toLongLong());
    if (!ids.contains(current.data(PipelineColumnModel::LeadIdRole).toLongLong()))
        ids = {current.data(PipelineColumnModel::LeadIdRole).toLongLong()};
    return moveLeads(ids, column->stage, *to);
}

void PipelineBoard::selectLead(Stage stage, qint64 id)
{
    Column *column = columnFor(stage);
    if (!column)
        return;
    const int row = column->model->rowOfLead(id);
    if (row < 0)
        return;
    if (column->collapsed)
        column->collapse->setChecked(false);
    const QModelIndex index = column->model->index(row);
    column->view->setCurrentIndex(index);
    column->view->scrollTo(index);
    column->view->setFocus();
    m_scroll->ensureWidgetVisible(column->frame, 0, 0);
}

void PipelineBoard::showContextMenu(Column &column, const QPoint &pos)
{
    QModelIndex index = column.view->indexAt(pos);
    if (!index.isValid())
        index = column.view->currentIndex();
    if (!index.isValid())
        return;
    const qint64 id = index.data(PipelineColumnModel::LeadIdRole).toLongLong();
    QMenu menu(this);
    menu.setAccessibleName(tr("Card actions"));
    QAction *open = menu.addAction(tr("&Open lead"));
    connect(open, &QAction::triggered, this, [this, id] { emit openLead(id); });
    QMenu *move = menu.addMenu(tr("&Move to"));
    const bool writable = m_actions && !m_actions->isReadOnly();
    const Stage from = column.stage;
    for (Stage to : boardStages()) {
        if (to == from)
            continue;
        QAction *action = move->addAction(stageLabel(to));
        action->setEnabled(writable && lifecycle::isAllowed(from, to));
        if (LeadActions::needsReason(to))
            action->setText(tr("%1…").arg(stageLabel(to)));
        connect(action, &QAction::triggered, this, [this, &column, id, from, to] {
            QList<qint64> ids;
            const QModelIndexList selected = column.view->selectionModel()->selectedIndexes();
            for (const QModelIndex &i : selected)
                ids.append(i.data(PipelineColumnModel::LeadIdRole).toLongLong());
            if (!ids.contains(id))
                ids = {id};
            moveLeads(ids, from, to);
        });
    }
    if (auto next = nextTarget(from, 1)) {
        QAction *forward = menu.addAction(tr("Move to &next stage (%1)").arg(stageLabel(*next)));
        forward->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
        forward->setEnabled(writable);
        connect(forward, &QAction::triggered, this,
            [this, id, from, to = *next] { moveLeads({id}, from, to); });
    }
    if (auto previous = nextTarget(from, -1)) {
        QAction *back =
            menu.addAction(tr("Move to &previous stage (%1)").arg(stageLabel(*previous)));
        back->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
        back->setEnabled(writable);
        connect(back, &QAction::triggered, this,
            [this, id, from, to = *previous] { moveLeads({id}, from, to); });
    }
    const QRect rect = column.view->visualRect(index);
    const QPoint at = column.view->indexAt(pos).isValid() ? pos : rect.center();
    menu.exec(column.view->viewport()->mapToGlobal(at));
}

bool PipelineBoard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        Column *column = columnOfView(watched);
        auto *key = static_cast<QKeyEvent *>(event);
        if (column) {
            const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
            if (mods == (Qt::ControlModifier | Qt::ShiftModifier)
                && (key->key() == Qt::Key_Right || key->key() == Qt::Key_Left)) {
                moveCurrentCard(key->key() == Qt::Key_Right ? 1 : -1);
                return true;
            }
            if (mods == Qt::ControlModifier
                && (key->key() == Qt::Key_Right || key->key() == Qt::Key_Left)) {
                // Ctrl+Right / Ctrl+Left: the next column with cards.
                const QList<Stage> order = boardStages();
                const int step = key->key() == Qt::Key_Right ? 1 : -1;
                for (qsizetype i = order.indexOf(column->stage) + step; i >= 0 && i < order.size();
                     i += step) {
                    Column *next = columnFor(order.at(i));
                    if (next && next->view->isVisible()) {
                        next->view->setFocus();
                        if (!next->view->currentIndex().isValid())
                            next->view->setCurrentIndex(next->model->index(0));
                        m_scroll->ensureWidgetVisible(next->frame, 0, 0);
                        break;
                    }
                }
                return true;
            }
            if (mods == Qt::ShiftModifier && key->key() == Qt::Key_F10) {
                const QModelIndex current = column->view->currentIndex();
                if (current.isValid())
                    showContextMenu(*column, column->view->visualRect(current).center());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PipelineBoard::setDragSource(std::optional<Stage> from)
{
    for (const auto &column : m_columns) {
        if (!from || column->stage == *from) {
            column->dim->setEnabled(false);
            column->frame->setTargetState(0);
            column->frame->setToolTip({});
            continue;
        }
        const bool allowed = lifecycle::isAllowed(*from, column->stage);
        const bool writable = !m_actions || !m_actions->isReadOnly();
        column->dim->setEnabled(!(allowed && writable));
        column->frame->setTargetState(allowed && writable ? 1 : 0);
        column->frame->setToolTip(allowed ? QString() : lifecycle::refusal(*from, column->stage));
    }
}

void PipelineBoard::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString PipelineBoard::message() const
{
    return m_message->text();
}

PipelineBoard::Column *PipelineBoard::columnFor(Stage stage) const
{
    for (const auto &column : m_columns) {
        if (column->stage == stage)
            return column.get();
    }
    return nullptr;
}

PipelineBoard::Column *PipelineBoard::columnOfView(const QObject *view) const
{
    for (const auto &column : m_columns) {
        if (column->view == view)
            return column.get();
    }
    return nullptr;
}

PipelineColumnModel *PipelineBoard::columnModel(Stage stage) const
{
    Column *column = columnFor(stage);
    return column ? column->model : nullptr;
}

QListView *PipelineBoard::columnView(Stage stage) const
{
    Column *column = columnFor(stage);
    return column ? column->view : nullptr;
}

QWidget *PipelineBoard::columnWidget(Stage stage) const
{
    Column *column = columnFor(stage);
    return column ? column->frame : nullptr;
}

} // namespace lf
