#include "leadfilterbar.h"

#include "routing/userservice.h"
#include "storage/database.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

constexpr int NoScore = -1000; ///< the spin boxes' "not set" value
constexpr qint64 AnyOwner = -1;
const QStringList grades {u"A"_s, u"B"_s, u"C"_s, u"D"_s, QString()};

QList<QAction *> checked(const QMenu *menu)
{
    QList<QAction *> actions;
    for (QAction *action : menu->actions()) {
        if (action->isChecked())
            actions << action;
    }
    return actions;
}

} // namespace

LeadFilterBar::LeadFilterBar(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_segments(database.connection())
{
    setObjectName(u"leadFilterBar"_s);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"leadSearch"_s);
    m_search->setPlaceholderText(tr("Search names, companies and emails"));
    m_search->setAccessibleName(tr("Search leads"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelay);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &LeadFilterBar::changed);
    connect(m_search, &QLineEdit::returnPressed, this, &LeadFilterBar::applySearch);

    m_views = new QComboBox(this);
    m_views->setObjectName(u"savedViews"_s);
    m_views->setAccessibleName(tr("Saved views"));
    m_views->setMinimumContentsLength(16);
    m_views->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_views, &QComboBox::activated, this, &LeadFilterBar::viewChosen);
    m_saveView = new QPushButton(tr("&Save view…"), this);
    m_saveView->setObjectName(u"saveView"_s);
    m_saveView->setToolTip(tr("Keep the current filters under a name"));
    connect(m_saveView, &QPushButton::clicked, this, &LeadFilterBar::saveViewAsked);
    m_deleteView = new QPushButton(tr("Delete view"), this);
    m_deleteView->setObjectName(u"deleteView"_s);
    connect(m_deleteView, &QPushButton::clicked, this, &LeadFilterBar::deleteViewAsked);

    m_stageMenu = new QMenu(this);
    for (Stage stage : allStages()) {
        QAction *action = m_stageMenu->addAction(stageLabel(stage));
        action->setCheckable(true);
        action->setData(stageKey(stage));
        connect(action, &QAction::toggled, this, &LeadFilterBar::changed);
    }
    m_stageButton = menuButton(tr("Stage"), m_stageMenu, tr("Stage filter"));
    m_stageButton->setObjectName(u"stageFilter"_s);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(u"ownerFilter"_s);
    m_owner->setAccessibleName(tr("Owner filter"));
    connect(m_owner, &QComboBox::currentIndexChanged, this, &LeadFilterBar::changed);

    m_source = new QLineEdit(this);
    m_source->setObjectName(u"sourceFilter"_s);
    m_source->setPlaceholderText(tr("Any source"));
    m_source->setAccessibleName(tr("Source filter"));
    m_source->setClearButtonEnabled(true);
    m_source->setMaximumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 12);
    connect(m_source, &QLineEdit::editingFinished, this, &LeadFilterBar::changed);

    auto scoreBox = [this](const QString &special, const QString &name) {
        auto *box = new QSpinBox(this);
        box->setRange(NoScore, 1000);
        box->setValue(NoScore);
        box->setSpecialValueText(special);
        box->setAccessibleName(name);
        box->setKeyboardTracking(false);
        connect(box, &QSpinBox::valueChanged, this, &LeadFilterBar::changed);
        return box;
    };
    m_minScore = scoreBox(tr("min"), tr("Lowest score"));
    m_minScore->setObjectName(u"minScore"_s);
    m_maxScore = scoreBox(tr("max"), tr("Highest score"));
    m_maxScore->setObjectName(u"maxScore"_s);

    m_gradeMenu = new QMenu(this);
    for (const QString &grade : grades) {
        QAction *action =
            m_gradeMenu->addAction(grade.isEmpty() ? tr("Not graded") : tr("Grade %1").arg(grade));
        action->setCheckable(true);
        action->setData(grade);
        connect(action, &QAction::toggled, this, &LeadFilterBar::changed);
    }
    m_gradeButton = menuButton(tr("Grade"), m_gradeMenu, tr("Grade filter"));
    m_gradeButton->setObjectName(u"gradeFilter"_s);

    m_sla = new QComboBox(this);
    m_sla->setObjectName(u"slaFilter"_s);
    m_sla->setAccessibleName(tr("First contact SLA filter"));
    m_sla->addItem(tr("Any SLA"), int(LeadQuery::Sla::Any));
    m_sla->addItem(tr("Overdue"), int(LeadQuery::Sla::Overdue));
    m_sla->addItem(tr("Due today"), int(LeadQuery::Sla::DueToday));
    m_sla->addItem(tr("Met"), int(LeadQuery::Sla::Met));
    m_sla->addItem(tr("No SLA"), int(LeadQuery::Sla::None));
    connect(m_sla, &QComboBox::currentIndexChanged, this, &LeadFilterBar::changed);

    m_clear = new QPushButton(tr("C&lear filters"), this);
    m_clear->setObjectName(u"clearFilters"_s);
    connect(m_clear, &QPushButton::clicked, this, &LeadFilterBar::clear);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    auto *viewsLabel = new QLabel(tr("&View:"), this);
    viewsLabel->setBuddy(m_views);
    top->addSpacing(12);
    top->addWidget(viewsLabel);
    top->addWidget(m_views);
    top->addWidget(m_saveView);
    top->addWidget(m_deleteView);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_stageButton);
    auto *ownerLabel = new QLabel(tr("&Owner:"), this);
    ownerLabel->setBuddy(m_owner);
    filterRow->addWidget(ownerLabel);
    filterRow->addWidget(m_owner);
    auto *sourceLabel = new QLabel(tr("So&urce:"), this);
    sourceLabel->setBuddy(m_source);
    filterRow->addWidget(sourceLabel);
    filterRow->addWidget(m_source);
    auto *scoreLabel = new QLabel(tr("Sc&ore:"), this);
    scoreLabel->setBuddy(m_minScore);
    filterRow->addWidget(scoreLabel);
    filterRow->addWidget(m_minScore);
    filterRow->addWidget(new QLabel(tr("to"), this));
    filterRow->addWidget(m_maxScore);
    filterRow->addWidget(m_gradeButton);
    filterRow->addWidget(m_sla);
    filterRow->addStretch(1);
    filterRow->addWidget(m_clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(filterRow);

    setTabOrder(m_search, m_views);
    setTabOrder(m_views, m_saveView);
    setTabOrder(m_saveView, m_deleteView);
    setTabOrder(m_deleteView, m_stageButton);
    setTabOrder(m_stageButton, m_owner);
    setTabOrder(m_owner, m_source);
    setTabOrder(m_source, m_minScore);
    setTabOrder(m_minScore, m_maxScore);
    setTabOrder(m_maxScore, m_gradeButton);
    setTabOrder(m_gradeButton, m_sla);
    setTabOrder(m_sla, m_clear);

    reloadChoices();
    m_emitted = filters();
    updateButtons();
}

QToolButton *LeadFilterBar::menuButton(
    const QString &text, QMenu *menu, const QString &accessibleName)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(accessibleName);
    button->setFocusPolicy(Qt::StrongFocus);
    // The arrow goes after the text (updateButtons()), not over its end.
    button->setStyleSheet(u"QToolButton::menu-indicator { image: none; }"_s);
    return button;
}

void LeadFilterBar::reloadChoices()
{
    ++m_updating;
    const qint64 owner =
        m_owner->currentIndex() >= 0 ? m_owner->currentData().toLongLong() : AnyOwner;
    m_owner->clear();
    m_owner->addItem(tr("Anyone"), AnyOwner);
    m_owner->addItem(tr("Unassigned"), qint64(0));
    if (Result<QList<User>> users = UserService(m_database.connection()).list(true); users) {
        for (const User &user : std::as_const(*users))
            m_owner->addItem(user.active ? user.name : tr("%1 (inactive)").arg(user.name), user.id);
    } else {
        emit errorOccurred(users.error().message);
    }
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(owner)));

    const QString view = m_views->currentIndex() > 0 ? m_views->currentText() : QString();
    m_views->clear();
    m_views->addItem(tr("Current filters"));
    if (Result<QList<Segment>> segments = m_segments.list(); segments) {
        for (const Segment &segment : std::as_const(*segments))
            m_views->addItem(segment.name, segment.id);
    } else {
        emit errorOccurred(segments.error().message);
    }
    m_views->setCurrentIndex(view.isEmpty() ? 0 : qMax(0, m_views->findText(view)));
    --m_updating;
    updateButtons();
}

LeadQuery LeadFilterBar::filters() const
{
    LeadQuery query;
    query.sortField = LeadField::CreatedAt;
    query.sortOrder = Qt::DescendingOrder;
    for (QAction *action : checked(m_stageMenu)) {
        if (const auto stage = stageFromString(action->data().toString()))
            query.stages << *stage;
    }
    const qint64 owner = m_owner->currentData().toLongLong();
    if (m_owner->currentIndex() >= 0 && owner != AnyOwner)
        query.ownerId = owner;
    query.source = m_source->text().trimmed();
    if (m_minScore->value() != NoScore)
        query.minScore = m_minScore->value();
    if (m_maxScore->value() != NoScore)
        query.maxScore = m_maxScore->value();
    for (QAction *action : checked(m_gradeMenu))
        query.grades << action->data().toString();
    query.sla = LeadQuery::Sla(m_sla->currentData().toInt());
    query.search = m_search->text().simplified();
    return query;
}

void LeadFilterBar::setFilters(const LeadQuery &query)
{
    ++m_updating;
    for (QAction *action : m_stageMenu->actions()) {
        const auto stage = stageFromString(action->data().toString());
        action->setChecked(stage && query.stages.contains(*stage));
    }
    const qint64 owner = query.ownerId ? *query.ownerId : AnyOwner;
    int ownerIndex = m_owner->findData(owner);
    if (ownerIndex < 0) {
        // A user added since the list was read.
        m_owner->addItem(tr("User %1").arg(owner), owner);
        ownerIndex = m_owner->count() - 1;
    }
    m_owner->setCurrentIndex(ownerIndex);
    m_source->setText(query.source);
    m_minScore->setValue(query.minScore ? int(*query.minScore) : NoScore);
    m_maxScore->setValue(query.maxScore ? int(*query.maxScore) : NoScore);
    for (QAction *action : m_gradeMenu->actions())
        action->setChecked(query.grades.contains(action->data().toString(), Qt::CaseInsensitive));
    m_sla->setCurrentIndex(qMax(0, m_sla->findData(int(query.sla))));
    m_search->setText(query.search);
    m_searchTimer->stop();
    --m_updating;
    changed();
}

void LeadFilterBar::clear()
{
    m_views->setCurrentIndex(0);
    setFilters(LeadQuery());
}

void LeadFilterBar::applySearch()
{
    m_searchTimer->stop();
    changed();
}

void LeadFilterBar::changed()
{
    if (m_updating > 0)
        return;
    updateButtons();
    const LeadQuery query = filters();
    if (sameFilters(query, m_emitted))
        return;
    m_emitted = query;
    // A view stays selected only while its filters are shown.
    if (m_views->currentIndex() > 0) {
        Result<Segment> view = m_segments.get(QString::number(m_views->currentData().toLongLong()));
        if (!view || !sameFilters(view->query, query))
            m_views->setCurrentIndex(0);
    }
    emit filtersChanged(query);
}

void LeadFilterBar::updateButtons()
{
    const LeadQuery query = filters();
    auto label = [](const QString &name, const QStringList &chosen) {
        return (chosen.isEmpty() ? name : u"%1: %2"_s.arg(name, chosen.join(u", "_s))) + u" ▾"_s;
    };
    QStringList stages;
    for (QAction *action : checked(m_stageMenu))
        stages << action->text();
    m_stageButton->setText(stages.size() > 2 ? tr("Stage: %n chosen", nullptr, int(stages.size()))
                                             : label(tr("Stage"), stages));
    QStringList chosenGrades;
    for (QAction *action : checked(m_gradeMenu))
        chosenGrades << (action->data().toString().isEmpty() ? tr("none")
                                                             : action->data().toString());
    m_gradeButton->setText(label(tr("Grade"), chosenGrades));
    m_clear->setEnabled(!sameFilters(query, LeadQuery()));
    m_deleteView->setEnabled(m_views->currentIndex() > 0);
    m_saveView->setEnabled(!m_database.isReadOnly());
}

Result<Segment> LeadFilterBar::saveView(const QString &name)
{
    Result<Segment> saved = m_segments.save(name, filters());
    if (!saved)
        return saved;
    reloadChoices();
    m_views->setCurrentIndex(qMax(0, m_views->findData(saved->id)));
    updateButtons();
    return saved;
}

Status LeadFilterBar::applyView(const QString &nameOrId)
{
    Result<Segment> view = m_segments.get(nameOrId);
    if (!view)
        return fail(view.error());
    setFilters(view->query);
    m_views->setCurrentIndex(qMax(0, m_views->findData(view->id)));
    updateButtons();
    return {};
}

Status LeadFilterBar::deleteView(const QString &nameOrId)
{
    if (Status removed = m_segments.remove(nameOrId); !removed)
        return removed;
    m_views->setCurrentIndex(0);
    reloadChoices();
    return {};
}

QStringList LeadFilterBar::viewNames() const
{
    QStringList names;
    for (int i = 1; i < m_views->count(); ++i)
        names << m_views->itemText(i);
    return names;
}

void LeadFilterBar::viewChosen(int index)
{
    if (index <= 0)
        return;
    if (Status applied = applyView(QString::number(m_views->itemData(index).toLongLong()));
        !applied)
        emit errorOccurred(applied.error().message);
}

void LeadFilterBar::saveViewAsked()
{
    bool ok = false;
    const QString current = m_views->currentIndex() > 0 ? m_views->currentText() : QString();
    const QString name = QInputDialog::getText(this, tr("Save View"),
        tr("Name of the view (a view of the same name is replaced):"), QLineEdit::Normal, current,
        &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (Result<Segment> saved = saveView(name); !saved)
        emit errorOccurred(saved.error().message);
}

void LeadFilterBar::deleteViewAsked()
{
    if (m_views->currentIndex() <= 0)
        return;
    const QString name = m_views->currentText();
    if (QMessageBox::question(this, tr("Delete View"),
            tr("Delete the saved view \"%1\"? The leads stay as they are.").arg(name))
        != QMessageBox::Yes)
        return;
    if (Status removed = deleteView(QString::number(m_views->currentData().toLongLong())); !removed)
        emit errorOccurred(removed.error().message);
}

} // namespace lf
