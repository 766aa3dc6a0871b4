#include "leaddetail.h"

#include "conflictdialog.h"
#include "domain/lifecycle.h"
#include "domain/normalizer.h"
#include "leadactions.h"
#include "leaddialog.h"
#include "leads/leadservice.h"
#include "logtouchdialog.h"
#include "routing/router.h"
#include "routing/userservice.h"
#include "scoring/predictor.h"
#include "scoring/qualification.h"
#include "storage/database.h"
#include "timelinemodel.h"

#include <QAction>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lf {
namespace {

/// The fields the form edits, in tab order.
constexpr std::array formFields = {
    LeadField::FirstName,
    LeadField::LastName,
    LeadField::Email,
    LeadField::Phone,
    LeadField::Title,
    LeadField::Company,
    LeadField::Website,
    LeadField::Industry,
    LeadField::Employees,
    LeadField::Country,
    LeadField::Source,
    LeadField::BantBudget,
    LeadField::BantAuthority,
    LeadField::BantNeed,
    LeadField::BantTimeline,
    LeadField::Notes,
};

/// A lead needs one of these (LeadService refuses a lead without).
constexpr std::array identityFields = {LeadField::FirstName, LeadField::LastName,
    LeadField::Company, LeadField::Email, LeadField::Phone};

QList<LeadField> allFormFields()
{
    return QList<LeadField>(formFields.begin(), formFields.end());
}

/// Stage buttons a line in the header.
constexpr int StageColumns = 3;

QColor stageColor(Stage stage)
{
    switch (stage) {
    case Stage::New:
        return QColor(0x54, 0x6e, 0x7a);
    case Stage::Contacted:
        return QColor(0x00, 0x83, 0x8f);
    case Stage::Mql:
        return QColor(0x15, 0x65, 0xc0);
    case Stage::Sql:
        return QColor(0x39, 0x49, 0xab);
    case Stage::Opportunity:
        return QColor(0x6a, 0x1b, 0x9a);
    case Stage::Won:
        return QColor(0x2e, 0x7d, 0x32);
    case Stage::Lost:
        return QColor(0xc6, 0x28, 0x28);
    case Stage::Nurturing:
        return QColor(0xb2, 0x6a, 0x00);
    case Stage::Disqualified:
        return QColor(0x61, 0x61, 0x61);
    }
    return QColor(0x61, 0x61, 0x61);
}

QColor gradeColor(QChar grade)
{
    switch (grade.unicode()) {
    case u'A':
        return QColor(0x2e, 0x7d, 0x32);
    case u'B':
        return QColor(0x00, 0x83, 0x8f);
    case u'C':
        return QColor(0xb2, 0x6a, 0x00);
    default:
        return QColor(0x61, 0x61, 0x61);
    }
}

/// A rounded label in a solid colour with white text.
void paintChip(QLabel *chip, const QColor &color)
{
    chip->setStyleSheet(u"QLabel { background: %1; color: white; border-radius: 9px; "
                        "padding: 2px 10px; font-weight: 600; }"_s.arg(color.name()));
}

/// Points as a person reads them: whole numbers without decimals, the rest with one.
QString pointsText(double points)
{
    const double rounded = std::round(points * 10.0) / 10.0;
    if (std::abs(rounded - std::round(rounded)) < 1e-9)
        return QLocale().toString(qint64(std::llround(rounded)));
    return QLocale().toString(rounded, 'f', 1);
}

QString signedPoints(double points)
{
    if (points > 0)
        return u"+"_s + pointsText(points);
    if (points < 0)
        return u"−"_s + pointsText(-points);
    return pointsText(0);
}

QString timeText(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QLabel *sectionHint(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

LeadDetail::LeadDetail(Database &database, LeadActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_actions(actions)
    , m_timeline(new TimelineModel(database.connection(), this))
{
    buildUi();
    if (m_actions) {
        connect(m_actions, &LeadActions::leadChanged, this, [this](qint64 id) {
            if (id == leadId() && !m_writing)
                reload();
        });
        connect(m_actions, &LeadActions::leadsChanged, this, [this] {
            if (leadId() != 0 && !m_writing)
                reload();
        });
    }
    clear();
}

LeadDetail::~LeadDetail()
{
    // Hiding a shown detail on the way out moves focus, and a line edit losing it would report to
    // members already destroyed.
    for (QWidget *editor : std::as_const(m_editors))
        disconnect(editor, nullptr, this, nullptr);
}

bool LeadDetail::isReadOnly() const
{
    return !m_actions || m_actions->isReadOnly();
}

// ---------------------------------------------------------------------------------------------
// Building

void LeadDetail::buildUi()
{
    setObjectName(u"LeadDetail"_s);
    setAccessibleName(tr("Lead detail"));
    m_stack = new QStackedLayout(this);

    m_empty = new QLabel(tr("Select a lead to see its details, activity and score."));
    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(24);
    m_stack->addWidget(m_empty);

    m_content = new QWidget;
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(buildHeader());

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"detailTabs"_s);
    m_tabs->setAccessibleName(tr("Lead sections"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildForm(), tr("&Details"));
    m_tabs->addTab(buildTimeline(), tr("Acti&vity"));
    m_tabs->addTab(buildScore(), tr("Score"));
    m_tabs->addTab(buildOwner(), tr("Owner"));
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_content);

    // Ctrl+S saves while focus is anywhere in the detail.
    auto *saveAction = new QAction(tr("Save Lead"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    addAction(saveAction);
}

QWidget *LeadDetail::buildHeader()
{
    auto *header = new QWidget;
    header->setObjectName(u"header"_s);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(4);

    auto *top = new QHBoxLayout;
    auto *names = new QVBoxLayout;
    names->setSpacing(2);
    m_name = new QLabel;
    m_name->setObjectName(u"leadName"_s);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    names->addWidget(m_name);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(u"leadSubtitle"_s);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long names and titles are cut at the panel's edge (the tooltip tells them whole) rather than
    // widening the panel.
    m_subtitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    names->addWidget(m_subtitle);
    top->addLayout(names, 1);

    m_scoreBadge = new QLabel;
    m_scoreBadge->setObjectName(u"scoreBadge"_s);
    m_scoreBadge->setAlignment(Qt::AlignCenter);
    top->addWidget(m_scoreBadge, 0, Qt::AlignTop);
    layout->addLayout(top);

    auto *chips = new QHBoxLayout;
    chips->setSpacing(10);
    m_stageChip = new QLabel;
    m_stageChip->setObjectName(u"stageChip"_s);
    chips->addWidget(m_stageChip);
    m_ownerLine = new QLabel;
    m_ownerLine->setObjectName(u"ownerLine"_s);
    chips->addWidget(m_ownerLine, 1);
    layout->addLayout(chips);

    m_stageRow = new QWidget;
    m_stageRow->setObjectName(u"stageButtons"_s);
    // Up to three buttons a line, so the panel stays narrow beside the lead table.
    auto *row = new QGridLayout(m_stageRow);
    row->setContentsMargins(0, 2, 0, 0);
    row->setSpacing(4);
    row->addWidget(new QLabel(tr("Move to:")), 0, 0);
    for (Stage stage : allStages()) {
        // Parented now: a button updateStageButtons() never places in the grid is still owned.
        auto *button = new QPushButton(stageLabel(stage), m_stageRow);
        button->setObjectName(u"moveTo_"_s + stageKey(stage));
        button->setAccessibleName(tr("Move to %1").arg(stageLabel(stage)));
        button->setToolTip(lifecycle::requiresReason(stage)
                ? tr("Move the lead to %1 (asks why)").arg(stageLabel(stage))
                : tr("Move the lead to %1").arg(stageLabel(stage)));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, stage] { moveToStage(stage); });
        button->hide();
        m_stageButtons.insert(stage, button);
    }
    row->setColumnStretch(StageColumns + 1, 1);
    layout->addWidget(m_stageRow);

    m_salesRow = new QWidget;
    m_salesRow->setObjectName(u"salesButtons"_s);
    auto *sales = new QHBoxLayout(m_salesRow);
    sales->setContentsMargins(0, 2, 0, 0);
    sales->setSpacing(4);
    sales->addWidget(new QLabel(tr("Sales:")));
    m_acceptButton = new QPushButton(tr("Accept"));
    m_acceptButton->setObjectName(u"acceptButton"_s);
    m_acceptButton->setToolTip(tr("The owner takes the lead on: it becomes SQL"));
    m_rejectButton = new QPushButton(tr("Reject…"));
    m_rejectButton->setObjectName(u"rejectButton"_s);
    m_rejectButton->setToolTip(tr("Hand the lead back with a reason"));
    m_recycleButton = new QPushButton(tr("Recycle…"));
    m_recycleButton->setObjectName(u"recycleButton"_s);
    m_recycleButton->setToolTip(tr("Back to marketing for nurturing, with a date to look again"));
    for (QPushButton *button : {m_acceptButton, m_rejectButton, m_recycleButton}) {
        button->setAutoDefault(false);
        sales->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, button] { salesFeedback(button); });
    }
    sales->addStretch(1);
    layout->addWidget(m_salesRow);
    return header;
}

QLineEdit *LeadDetail::addLine(
    QFormLayout *form, LeadField field, const QString &label, const QString &placeholder)
{
    auto *line = new QLineEdit;
    line->setObjectName(fieldKey(field));
    line->setAccessibleName(fieldLabel(field));
    line->setClearButtonEnabled(true);
    line->setPlaceholderText(placeholder);
    m_editors.insert(field, line);
    form->addRow(label, line);
    addMessageRow(form, field);
    return line;
}

void LeadDetail::addMessageRow(QFormLayout *form, LeadField field)
{
    m_messages.insert(field, addFieldMessageRow(form, field));
}

QWidget *LeadDetail::buildForm()
{
    auto *page = new QWidget;
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 4, 0, 0);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget;
    auto *layout = new QVBoxLayout(inner);
    layout->setContentsMargins(0, 0, 4, 0);
    scroll->setWidget(inner);
    outer->addWidget(scroll, 1);

    auto makeForm = [layout](const QString &title) {
        auto *box = new QGroupBox(title);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        layout->addWidget(box);
        return form;
    };

    QFormLayout *person = makeForm(tr("Person"));
    addLine(person, LeadField::FirstName, tr("&First name:"));
    addLine(person, LeadField::LastName, tr("&Last name:"));
    addLine(person, LeadField::Email, tr("&Email:"), tr("name@company.com"));
    addLine(person, LeadField::Phone, tr("&Phone:"), tr("+1 415 555 0123"));
    addLine(person, LeadField::Title, tr("&Job title:"));

    QFormLayout *company = makeForm(tr("Company"));
    addLine(company, LeadField::Company, tr("&Company:"));
    addLine(company, LeadField::Website, tr("&Website:"), tr("company.com"));
    addLine(company, LeadField::Industry, tr("&Industry:"));
    addLine(company, LeadField::Employees, tr("E&mployees:"), tr("e.g. 51-200"));
    addLine(company, LeadField::Country, tr("Co&untry:"), tr("e.g. Germany or DE"));
    addLine(company, LeadField::Source, tr("S&ource:"), tr("e.g. Referral, Webinar"));

    QFormLayout *bant = makeForm(tr("Qualification (BANT)"));
    addLine(bant, LeadField::BantBudget, tr("&Budget:"), tr("e.g. 25,000.00"));
    addLine(bant, LeadField::BantAuthority, tr("&Authority:"), tr("who decides, e.g. CFO signs"));
    addLine(bant, LeadField::BantNeed, tr("&Need:"), tr("the problem to solve"));
    addLine(bant, LeadField::BantTimeline, tr("&Timeline:"), tr("e.g. buying in Q3"));

    QFormLayout *notes = makeForm(tr("Notes"));
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(fieldKey(LeadField::Notes));
    m_notes->setAccessibleName(fieldLabel(LeadField::Notes));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_editors.insert(LeadField::Notes, m_notes);
    notes->addRow(m_notes);
    addMessageRow(notes, LeadField::Notes);
    layout->addStretch(1);

    m_staleNotice = new QLabel;
    m_staleNotice->setObjectName(u"staleNotice"_s);
    m_staleNotice->setWordWrap(true);
    m_staleNotice->hide();
    outer->addWidget(m_staleNotice);

    m_generalMessage = new QLabel;
    m_generalMessage->setObjectName(u"generalMessage"_s);
    m_generalMessage->setWordWrap(true);
    m_generalMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_generalMessage->palette();
    palette.setColor(QPalette::WindowText, errorColor(palette));
    m_generalMessage->setPalette(palette);
    m_generalMessage->hide();
    outer->addWidget(m_generalMessage);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_revert = new QPushButton(tr("&Revert"));
    m_revert->setObjectName(u"revert"_s);
    m_revert->setToolTip(tr("Throw away the changes not saved yet"));
    m_revert->setAutoDefault(false);
    connect(m_revert, &QPushButton::clicked, this, &LeadDetail::revert);
    buttons->addWidget(m_revert);
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(u"save"_s);
    m_save->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &LeadDetail::save);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);

    QWidget *previous = nullptr;
    for (LeadField field : formFields) {
        QWidget *current = m_editors.value(field);
        if (previous)
            setTabOrder(previous, current);
        previous = current;
    }
    setTabOrder(previous, m_revert);
    setTabOrder(m_revert, m_save);

    for (LeadField field : formFields) {
        if (auto *line = qobject_cast<QLineEdit *>(m_editors.value(field))) {
            connect(line, &QLineEdit::textChanged, this, &LeadDetail::updateValidation);
            connect(line, &QLineEdit::textEdited, this, [this, field] {
                m_saveErrors.remove(field);
                updateValidation();
            });
            connect(line, &QLineEdit::editingFinished, this, [this, field] {
                m_touched.insert(field);
                updateValidation();
            });
        }
    }
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        m_saveErrors.remove(LeadField::Notes);
        updateValidation();
    });
    return page;
}

QWidget *LeadDetail::buildTimeline()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);

    auto *buttons = new QHBoxLayout;
    const QList<std::pair<QString, QString>> kinds {{u"call"_s, tr("Log Ca&ll…")},
        {u"email"_s, tr("Log E&mail…")}, {u"meeting"_s, tr("Log Mee&ting…")},
        {u"note"_s, tr("Add &Note…")}};
    for (const auto &[type, text] : kinds) {
        auto *button =
            new QPushButton(TimelineModel::kindIcon(TimelineEntry::Kind::Touchpoint, type), text);
        button->setObjectName(u"log_"_s + type);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, type] { openLogDialog(type); });
        buttons->addWidget(button);
        m_logButtons.append(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_timelineView = new QListView;
    m_timelineView->setObjectName(u"timeline"_s);
    m_timelineView->setAccessibleName(tr("Activity timeline, newest first"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(new TimelineDelegate(m_timelineView));
    m_timelineView->setUniformItemSizes(true);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timelineView->setMouseTracking(true);
    layout->addWidget(m_timelineView, 1);
    return page;
}

QWidget *LeadDetail::buildScore()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);

    m_scoreHeadline = new QLabel;
    m_scoreHeadline->setObjectName(u"scoreHeadline"_s);
    m_scoreHeadline->setWordWrap(true);
    QFont font = m_scoreHeadline->font();
    font.setBold(true);
    m_scoreHeadline->setFont(font);
    layout->addWidget(m_scoreHeadline);

    m_scoreTree = new QTreeWidget;
    m_scoreTree->setObjectName(u"scoreRules"_s);
    m_scoreTree->setAccessibleName(tr("Scoring rules that apply to this lead"));
    m_scoreTree->setHeaderLabels({tr("Rule"), tr("Points"), tr("Why")});
    m_scoreTree->setRootIsDecorated(true);
    m_scoreTree->setUniformRowHeights(true);
    m_scoreTree->setWordWrap(false);
    m_scoreTree->header()->setStretchLastSection(true);
    m_scoreTree->headerItem()->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_scoreTree, 1);

    m_scoreNotes = new QLabel;
    m_scoreNotes->setObjectName(u"scoreNotes"_s);
    m_scoreNotes->setWordWrap(true);
    layout->addWidget(m_scoreNotes);

    m_prediction = new QLabel;
    m_prediction->setObjectName(u"prediction"_s);
    m_prediction->setWordWrap(true);
    layout->addWidget(m_prediction);
    return page;
}

QWidget *LeadDetail::buildOwner()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    m_why = new QLabel;
    m_why->setObjectName(u"whyOwner"_s);
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_why);
    layout->addWidget(sectionHint(tr("Owners over time, newest first:")));
    m_assignments = new QTreeWidget;
    m_assignments->setObjectName(u"assignments"_s);
    m_assignments->setAccessibleName(tr("Assignment history"));
    m_assignments->setRootIsDecorated(false);
    m_assignments->setUniformRowHeights(true);
    m_assignments->setHeaderLabels(
        {tr("Owner"), tr("Since"), tr("Until"), tr("By"), tr("Outcome"), tr("Why")});
    layout->addWidget(m_assignments, 1);

    m_accountLabel = sectionHint(QString());
    m_accountLabel->setObjectName(u"accountLabel"_s);
    layout->addWidget(m_accountLabel);
    m_account = new QListWidget;
    m_account->setObjectName(u"account"_s);
    m_account->setAccessibleName(tr("Other leads of the same company"));
    m_account->setToolTip(tr("Double-click or press Enter to open a lead"));
    m_account->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    connect(m_account, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openLeadRequested(item->data(Qt::UserRole).toLongLong());
    });
    layout->addWidget(m_account);
    return page;
}

// ---------------------------------------------------------------------------------------------
// Showing

void LeadDetail::clear()
{
    m_lead = Lead();
    m_latest = Lead();
    m_card.reset();
    m_lastError.reset();
    m_touched.clear();
    m_saveErrors.clear();
    m_timeline->clear();
    showForm(Lead(), allFormFields());
    m_scoreTree->clear();
    m_assignments->clear();
    m_account->clear();
    m_stack->setCurrentWidget(m_empty);
    m_empty->setText(tr("Select a lead to see its details, activity and score."));
    updateStageButtons();
    updateValidation();
}

void LeadDetail::showLead(qint64 id)
{
    if (id == 0) {
        clear();
        return;
    }
    Result<Lead> lead = LeadService(m_database.connection()).get(id);
    if (!lead) {
        clear();
        m_lastError = lead.error();
        m_empty->setText(lead.error().message);
        return;
    }
    m_lead = *lead;
    m_latest = *lead;
    m_lastError.reset();
    m_touched.clear();
    m_saveErrors.clear();
    m_staleNotice->hide();
    setGeneralMessage({});
    showForm(m_lead, allFormFields());
    showHeader(m_latest);
    if (Status read = m_timeline->setLeadId(id); !read)
        m_lastError = read.error();
    showScore();
    showOwner();
    m_stack->setCurrentWidget(m_content);
    updateValidation();
}

void LeadDetail::reload()
{
    if (leadId() == 0)
        return;
    Result<Lead> latest = LeadService(m_database.connection()).get(leadId());
    if (!latest) {
        m_lastError = latest.error();
        if (latest.error().code == ErrorCode::NotFound) {
            const qint64 gone = leadId();
            clear();
            m_empty->setText(tr("Lead %1 was deleted.").arg(gone));
        } else {
            setGeneralMessage(latest.error().toString());
        }
        return;
    }

    // Fields the user has not touched take the new values. A field the user is editing that
    // changed meanwhile to something else is a clash: the form keeps its base version, so that
    // saving goes through the conflict dialog.
    QList<LeadField> take;
    QStringList clashes;
    for (LeadField field : formFields) {
        const QString base = storedText(m_lead, field);
        const QString now = storedText(*latest, field);
        const QString typed = currentText(field);
        if (typed == base)
            take.append(field);
        else if (now != base && typed != now)
            clashes.append(fieldLabel(field));
    }
    m_latest = *latest;
    if (clashes.isEmpty()) {
        showForm(*latest, take);
        m_lead = *latest;
        m_staleNotice->hide();
    } else {
        m_staleNotice->setText(tr("Someone else changed %1 while you were editing. Save to compare "
                                  "the versions field by field, or Revert to take theirs.")
                                   .arg(QLocale().createSeparatedList(clashes)));
        m_staleNotice->show();
    }
    showHeader(m_latest);
    if (Status read = m_timeline->reload(); !read)
        m_lastError = read.error();
    showScore();
    showOwner();
    updateValidation();
}

QString LeadDetail::storedText(const Lead &lead, LeadField field)
{
    return lead.displayText(field);
}

QString LeadDetail::currentText(LeadField field) const
{
    if (field == LeadField::Notes)
        return m_notes->toPlainText().trimmed();
    if (auto *line = qobject_cast<QLineEdit *>(m_editors.value(field)))
        return line->text().trimmed();
    return {};
}

void LeadDetail::showForm(const Lead &lead, const QList<LeadField> &fields)
{
    for (LeadField field : fields) {
        const QString text = storedText(lead, field);
        if (field == LeadField::Notes) {
            if (m_notes->toPlainText() != text)
                m_notes->setPlainText(text);
        } else if (auto *line = qobject_cast<QLineEdit *>(m_editors.value(field))) {
            line->setText(text);
            line->setCursorPosition(0);
        }
    }
}

void LeadDetail::showHeader(const Lead &lead)
{
    const QString name = lead.displayName();
    m_name->setText(name.isEmpty() ? tr("Lead %1").arg(lead.id()) : name);
    QStringList subtitle;
    if (!lead.text(LeadField::Title).isEmpty())
        subtitle << lead.text(LeadField::Title);
    if (!lead.text(LeadField::Company).isEmpty() && lead.text(LeadField::Company) != name)
        subtitle << lead.text(LeadField::Company);
    if (!lead.text(LeadField::Email).isEmpty())
        subtitle << lead.text(LeadField::Email);
    m_subtitle->setText(subtitle.join(u" · "_s));
    m_subtitle->setToolTip(m_subtitle->text());
    m_name->setToolTip(m_name->text());
    m_subtitle->setVisible(!subtitle.isEmpty());

    const Stage stage = lead.stage();
    m_stageChip->setText(stageLabel(stage));
    m_stageChip->setAccessibleName(tr("Stage: %1").arg(stageLabel(stage)));
    paintChip(m_stageChip, stageColor(stage));

    QString owner = tr("No owner");
    if (!lead.isNull(LeadField::OwnerId)) {
        Result<User> user =
            UserService(m_database.connection()).get(lead.integer(LeadField::OwnerId));
        owner = user ? tr("Owner: %1").arg(user->name)
                     : tr("Owner: user %1").arg(lead.integer(LeadField::OwnerId));
    }
    m_ownerLine->setText(owner);
    updateStageButtons();
}

void LeadDetail::updateStageButtons()
{
    const bool show = !isReadOnly() && leadId() != 0;
    const QList<Stage> targets = lifecycle::allowedTargets(m_latest.stage());
    auto *grid = static_cast<QGridLayout *>(m_stageRow->layout());
    int placed = 0;
    for (Stage stage : allStages()) {
        QPushButton *button = m_stageButtons.value(stage);
        const bool offered = show && targets.contains(stage);
        grid->removeWidget(button);
        if (offered) {
            grid->addWidget(button, placed / StageColumns, 1 + placed % StageColumns);
            ++placed;
        }
        button->setVisible(offered);
        button->setEnabled(offered);
    }
    m_stageRow->setVisible(show && !targets.isEmpty());
    updateSalesButtons();
}

void LeadDetail::updateSalesButtons()
{
    // Sales feedback is about a lead someone owns and that is still open.
    const Stage stage = m_latest.stage();
    const bool owned = !isReadOnly() && leadId() != 0 && !m_latest.isNull(LeadField::OwnerId);
    const bool early = stage == Stage::New || stage == Stage::Contacted || stage == Stage::Mql;
    const bool open = early || stage == Stage::Sql || stage == Stage::Opportunity;
    m_acceptButton->setVisible(owned && early);
    m_rejectButton->setVisible(owned && early);
    m_recycleButton->setVisible(owned && open);
    m_salesRow->setVisible(owned && open);
}

void LeadDetail::salesFeedback(QPushButton *button)
{
    if (isReadOnly() || leadId() == 0)
        return;
    const qint64 id = leadId();
    m_writing = true;
    bool done = false;
    if (button == m_acceptButton)
        done = m_actions->askAccept({id}, this).value_or(QList<Lead>()).size() == 1;
    else if (button == m_rejectButton)
        done = m_actions->askReject(id, this).has_value();
    else
        done = m_actions->askRecycle(id, this).has_value();
    m_writing = false;
    reload();
    if (done)
        emit leadChanged(id);
}

QList<Stage> LeadDetail::offeredStages() const
{
    QList<Stage> stages;
    for (auto it = m_stageButtons.cbegin(); it != m_stageButtons.cend(); ++it) {
        if (!it.value()->isHidden())
            stages.append(it.key());
    }
    std::sort(stages.begin(), stages.end(),
        [](Stage a, Stage b) { return allStages().indexOf(a) < allStages().indexOf(b); });
    return stages;
}

void LeadDetail::showScore()
{
    m_scoreTree->clear();
    Result<ScoreCard> card = ScoringService(m_database.connection()).explain(leadId());
    if (!card) {
        m_card.reset();
        m_lastError = card.error();
        m_scoreHeadline->setText(tr("The score cannot be explained: %1").arg(card.error().message));
        m_scoreBadge->clear();
        m_scoreNotes->clear();
        m_prediction->clear();
        return;
    }
    m_card = *card;
    const ScoreCard &c = *card;

    m_scoreBadge->setText(tr("%1 · %2").arg(c.score).arg(tr("Grade %1").arg(c.grade)));
    m_scoreBadge->setAccessibleName(tr("Score %1, grade %2").arg(c.score).arg(c.grade));
    m_scoreBadge->setToolTip(c.toText());
    paintChip(m_scoreBadge, gradeColor(c.grade));

    m_scoreHeadline->setText(tr("Score %1 = fit %2 + engagement %3 · grade %4")
                                 .arg(c.score)
                                 .arg(c.fit)
                                 .arg(c.engagement)
                                 .arg(c.grade));

    auto *fit = new QTreeWidgetItem(
        m_scoreTree, {tr("Fit: the lead's fields"), signedPoints(c.fit), tr("what the lead is")});
    auto *engagement = new QTreeWidgetItem(m_scoreTree,
        {tr("Engagement: its activity"), signedPoints(c.engagement), tr("what the lead did")});
    for (QTreeWidgetItem *group : {fit, engagement}) {
        QFont font = group->font(0);
        font.setBold(true);
        for (int column = 0; column < 3; ++column)
            group->setFont(column, font);
    }
    for (const RuleOutcome &rule : c.rules) {
        QString why;
        if (rule.kind == ScoringRule::Kind::Fit) {
            why = rule.condition;
        } else {
            QStringList parts {tr("%n touchpoint(s), %1 points", nullptr, rule.matches)
                                   .arg(pointsText(rule.points))};
            if (rule.halfLifeDays)
                parts << tr("%1 after decay (half-life %2 days)")
                             .arg(pointsText(rule.afterDecay), pointsText(*rule.halfLifeDays));
            if (rule.cap && std::abs(rule.afterDecay - rule.counted) > 1e-9)
                parts << tr("capped at %1").arg(*rule.cap);
            why = parts.join(u", "_s);
        }
        auto *item = new QTreeWidgetItem(rule.kind == ScoringRule::Kind::Fit ? fit : engagement,
            {rule.name, signedPoints(rule.counted), why});
        item->setToolTip(2, why);
    }
    if (fit->childCount() == 0)
        new QTreeWidgetItem(fit, {tr("No fit rule applies"), QString(), QString()});
    if (engagement->childCount() == 0)
        new QTreeWidgetItem(engagement, {tr("No engagement rule applies"), QString(), QString()});
    QTreeWidgetItemIterator it(m_scoreTree);
    while (*it) {
        (*it)->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        ++it;
    }
    m_scoreTree->expandAll();
    m_scoreTree->resizeColumnToContents(0);
    m_scoreTree->resizeColumnToContents(1);

    QStringList notes;
    if (std::abs(c.decayLost()) >= 0.05)
        notes << tr("Decay took %1 points away: activity counts less as it ages.")
                     .arg(pointsText(c.decayLost()));
    if (std::abs(c.capLost()) >= 0.05)
        notes << tr("Caps held back %1 points.").arg(pointsText(c.capLost()));
    if (c.engagementRaw > 100.0 || c.engagementRaw < 0.0)
        notes
            << tr("Engagement of %1 is held to the 0–100 range.").arg(pointsText(c.engagementRaw));
    if (auto definition = QualificationStore(m_database.connection()).current()) {
        notes << tr(
            "The grade comes from fit (A from %1, B from %2, C from %3); a lead becomes MQL "
            "at a score of %4.")
                     .arg(definition->gradeA)
                     .arg(definition->gradeB)
                     .arg(definition->gradeC)
                     .arg(definition->mqlThreshold);
    }
    m_scoreNotes->setText(notes.join(u'\n'));

    if (!m_predictorTried) {
        m_predictorTried = true;
        if (Result<Predictor> trained = Predictor::train(m_database.connection()))
            m_predictor = std::make_unique<Predictor>(std::move(*trained));
    }
    if (!m_predictor) {
        m_prediction->setText(tr("Predicted chance to win: not available (the history could not "
                                 "be read)."));
    } else {
        const Prediction prediction = m_predictor->predict(m_latest);
        if (prediction.available) {
            m_prediction->setText(
                tr("Predicted chance to win: %1% (won leads so far: %2% of those closed), judged "
                   "from leads won and lost before with the same industry, country, source, size "
                   "and title.")
                    .arg(qRound(prediction.probabilityWon * 100))
                    .arg(qRound(prediction.priorWon * 100)));
        } else {
            m_prediction->setText(
                tr("Predicted chance to win: not available. %1").arg(prediction.reason));
        }
    }
}

QString LeadDetail::scoreSummary() const
{
    return m_scoreHeadline->text();
}

QString LeadDetail::predictionText() const
{
    return m_prediction->text();
}

QString LeadDetail::ownerText() const
{
    return m_why->text();
}

void LeadDetail::showAccount()
{
    m_account->clear();
    const QString company = m_latest.text(LeadField::Company).trimmed();
    const QString domain = m_latest.text(LeadField::CompanyDomain);
    const QString label = company.isEmpty() ? domain : company;
    m_accountLabel->setText(label.isEmpty() ? QString() : tr("Others at %1:").arg(label));
    if (label.isEmpty()) {
        m_accountLabel->hide();
        m_account->hide();
        return;
    }
    // The search finds leads whose name, company or email hold the words; only those of the same
    // company (by domain, or by name when there is no domain) are listed.
    LeadQuery query;
    query.search = label;
    query.sortField = LeadField::UpdatedAt;
    query.sortOrder = Qt::DescendingOrder;
    query.limit = 200;
    Result<QList<Lead>> found = LeadService(m_database.connection()).list(query);
    if (found) {
        for (const Lead &other : std::as_const(*found)) {
            if (other.id() == leadId())
                continue;
            const bool sameDomain =
                !domain.isEmpty() && other.text(LeadField::CompanyDomain) == domain;
            const bool sameName = !company.isEmpty()
                && other.text(LeadField::Company).trimmed().compare(company, Qt::CaseInsensitive)
                    == 0;
            if (!sameDomain && !sameName)
                continue;
            const QString name = other.displayName();
            auto *item = new QListWidgetItem(
                tr("%1 — %2").arg(name.isEmpty() ? tr("Lead %1").arg(other.id()) : name,
                    stageLabel(other.stage())),
                m_account);
            item->setData(Qt::UserRole, other.id());
            if (m_account->count() == 10)
                break;
        }
    }
    m_accountLabel->setVisible(m_account->count() > 0);
    m_account->setVisible(m_account->count() > 0);
}

void LeadDetail::showOwner()
{
    showAccount();
    m_assignments->clear();
    Router router(m_database.connection());
    Result<QString> why = router.whyOwner(leadId());
    m_why->setText(why ? *why : why.error().message);
    Result<QList<Assignment>> history = router.assignments(leadId());
    if (!history) {
        m_lastError = history.error();
        return;
    }
    for (auto it = history->crbegin(); it != history->crend(); ++it) {
        const Assignment &a = *it;
        QString outcome;
        if (a.rejectedAt.isValid())
            outcome = tr("Rejected %1: %2").arg(timeText(a.rejectedAt), a.rejectionReason);
        else if (a.acceptedAt.isValid())
            outcome = tr("Accepted %1").arg(timeText(a.acceptedAt));
        else if (a.endedAt.isValid())
            outcome = a.endReason;
        else if (a.firstContactAt.isValid())
            outcome = tr("Contacted %1").arg(timeText(a.firstContactAt));
        else if (a.breachedAt.isValid())
            outcome = tr("First contact overdue since %1").arg(timeText(a.breachedAt));
        else if (a.slaDueAt.isValid())
            outcome = tr("First contact due %1").arg(timeText(a.slaDueAt));
        // Routing names its rule; a hand assignment ("manual") is told by who made it.
        const QString by = a.rule.isEmpty() || a.rule == u"manual"_s
            ? a.assignedBy
            : tr("%1, rule “%2”").arg(a.assignedBy, a.rule);
        auto *item = new QTreeWidgetItem(m_assignments,
            {a.userName, timeText(a.assignedAt),
                a.endedAt.isValid() ? timeText(a.endedAt) : tr("now"), by, outcome, a.reason});
        item->setToolTip(4, outcome);
        item->setToolTip(5, a.reason);
    }
    if (history->isEmpty()) {
        auto *item = new QTreeWidgetItem(m_assignments, {tr("Never assigned")});
        item->setFirstColumnSpanned(true);
        item->setDisabled(true);
    }
    for (int column = 0; column < 5; ++column)
        m_assignments->resizeColumnToContents(column);
}

// ---------------------------------------------------------------------------------------------
// Validation

bool LeadDetail::hasIdentity() const
{
    for (LeadField field : identityFields) {
        if (!currentText(field).isEmpty())
            return true;
    }
    return false;
}

QString LeadDetail::validationMessage(LeadField field) const
{
    return fieldProblem(field, currentText(field));
}

bool LeadDetail::isInputValid() const
{
    if (!hasIdentity())
        return false;
    for (LeadField field : formFields) {
        if (!validationMessage(field).isEmpty())
            return false;
    }
    return true;
}

bool LeadDetail::isDirty() const
{
    if (leadId() == 0)
        return false;
    for (LeadField field : formFields) {
        if (currentText(field) != storedText(m_lead, field))
            return true;
    }
    return false;
}

QString LeadDetail::messageFor(LeadField field) const
{
    const FieldMessageRow row = m_messages.value(field);
    return row.form && row.form->isRowVisible(row.row) ? row.label->text() : QString();
}

QWidget *LeadDetail::editor(LeadField field) const
{
    return m_editors.value(field);
}

void LeadDetail::setFieldMessage(LeadField field, const QString &message)
{
    const FieldMessageRow row = m_messages.value(field);
    if (!row.form)
        return;
    row.label->setText(message);
    row.form->setRowVisible(row.row, !message.isEmpty());
    m_editors.value(field)->setAccessibleDescription(message);
}

void LeadDetail::setGeneralMessage(const QString &message)
{
    m_generalMessage->setText(message);
    m_generalMessage->setVisible(!message.isEmpty());
}

void LeadDetail::updateValidation()
{
    const bool readOnly = isReadOnly();
    QString firstProblem;
    for (LeadField field : formFields) {
        const QString problem = validationMessage(field);
        if (firstProblem.isEmpty() && !problem.isEmpty())
            firstProblem = problem;
        QString message = m_saveErrors.value(field);
        if (message.isEmpty() && m_touched.contains(field))
            message = problem;
        setFieldMessage(field, readOnly ? QString() : message);
    }
    const bool identified = hasIdentity() || leadId() == 0;
    if (!identified)
        firstProblem = tr("A lead needs at least a name, a company, an email address or a phone "
                          "number.");
    const bool dirty = isDirty();
    m_save->setEnabled(!readOnly && dirty && firstProblem.isEmpty());
    m_save->setToolTip(firstProblem.isEmpty() ? tr("Save the changes (Ctrl+S)") : firstProblem);
    m_revert->setEnabled(!readOnly && dirty);
    updateEnabled();
}

void LeadDetail::updateEnabled()
{
    const bool readOnly = isReadOnly();
    for (QWidget *widget : std::as_const(m_editors)) {
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->setReadOnly(readOnly);
    }
    m_notes->setReadOnly(readOnly);
    m_save->setVisible(!readOnly);
    m_revert->setVisible(!readOnly);
    for (QPushButton *button : std::as_const(m_logButtons))
        button->setVisible(!readOnly);
}

// ---------------------------------------------------------------------------------------------
// Writing

Result<LeadChanges> LeadDetail::collectChanges()
{
    LeadChanges changes;
    QList<LeadField> bad;
    for (LeadField field : formFields) {
        const QString text = currentText(field);
        if (text == storedText(m_lead, field))
            continue;
        if (text.isEmpty()) {
            changes.append({field, QVariant()});
            continue;
        }
        Result<QVariant> value = LeadService::parseValue(field, text);
        if (!value) {
            m_saveErrors.insert(field, value.error().message);
            bad.append(field);
            continue;
        }
        changes.append({field, *value});
    }
    if (!bad.isEmpty()) {
        updateValidation();
        m_editors.value(bad.constFirst())->setFocus();
        return fail(
            ErrorCode::Invalid, m_saveErrors.value(bad.constFirst()), fieldKey(bad.constFirst()));
    }
    return changes;
}

void LeadDetail::save()
{
    if (isReadOnly() || leadId() == 0)
        return;
    for (LeadField field : formFields)
        m_touched.insert(field);
    if (!isInputValid()) {
        updateValidation();
        for (LeadField field : formFields) {
            if (!validationMessage(field).isEmpty()) {
                m_editors.value(field)->setFocus();
                break;
            }
        }
        return;
    }
    m_saveErrors.clear();
    setGeneralMessage({});
    Result<LeadChanges> changes = collectChanges();
    if (!changes) {
        m_lastError = changes.error();
        return;
    }
    if (changes->isEmpty())
        return;

    m_writing = true;
    Result<Lead> saved = m_actions->editLead(leadId(), m_lead.version(), *changes);
    m_writing = false;
    if (!saved) {
        m_lastError = saved.error();
        const Error &error = saved.error();
        if (error.code == ErrorCode::Conflict) {
            openConflict(*changes);
        } else if (const auto field = fieldFromName(error.field);
                   field && m_editors.contains(*field)) {
            m_saveErrors.insert(*field, error.message);
            updateValidation();
            m_editors.value(*field)->setFocus();
        } else {
            setGeneralMessage(error.toString());
        }
        return;
    }
    m_lastError.reset();
    afterWrite(*saved);
}

void LeadDetail::openConflict(const LeadChanges &changes)
{
    if (m_conflictDialog)
        m_conflictDialog->close();
    auto *dialog = new ConflictDialog(m_actions, m_lead, changes, allFormFields(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ConflictDialog::leadSaved, this, &LeadDetail::afterWrite);
    m_conflictDialog = dialog;
    dialog->open();
}

void LeadDetail::afterWrite(const Lead &saved)
{
    // Everything the form held is saved now: show it as stored ("25,000.50" as 25000.50, "Greece"
    // as GR).
    m_lead = saved;
    showForm(saved, allFormFields());
    m_touched.clear();
    m_saveErrors.clear();
    m_staleNotice->hide();
    reload();
    emit leadChanged(saved.id());
}

void LeadDetail::revert()
{
    if (leadId() == 0)
        return;
    m_touched.clear();
    m_saveErrors.clear();
    setGeneralMessage({});
    m_lead = m_latest;
    m_staleNotice->hide();
    showForm(m_lead, allFormFields());
    reload();
}

void LeadDetail::moveToStage(Stage stage)
{
    if (isReadOnly() || leadId() == 0)
        return;
    const qint64 id = leadId();
    m_writing = true;
    Result<QList<Lead>> moved = m_actions->changeStage({id}, stage, this);
    m_writing = false;
    if (!moved) {
        if (moved.error().code != ErrorCode::Cancelled)
            m_lastError = moved.error();
        reload();
        return;
    }
    reload();
    if (!moved->isEmpty())
        emit leadChanged(id);
}

LogTouchDialog *LeadDetail::openLogDialog(const QString &type)
{
    if (isReadOnly() || leadId() == 0)
        return nullptr;
    const qint64 id = leadId();
    auto *dialog =
        new LogTouchDialog(m_database.connection(), id, m_latest.displayName(), type, this);
    dialog->setActor(m_actions->actor());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, id] {
        if (leadId() != id)
            return;
        reload();
        emit leadChanged(id);
    });
    dialog->open();
    return dialog;
}

} // namespace lf
