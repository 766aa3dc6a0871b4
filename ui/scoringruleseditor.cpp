#include "scoringruleseditor.h"

#include "domain/leadfield.h"
#include "filedialogs.h"
#include "io/fileguard.h"
#include "io/outputfile.h"
#include "scoring/scorer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lf {

// --- helpers -------------------------------------------------------------------------------------

QColor settingsErrorColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

void showSettingsMessage(QLabel *label, const QString &text, bool error)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
        error ? settingsErrorColor(palette) : QPalette().color(QPalette::WindowText));
    label->setPalette(palette);
    label->setWordWrap(true);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void addSettingsRow(QFormLayout *form, const QString &label, QLayout *fields, QWidget *buddy)
{
    auto *text = new QLabel(label, form->parentWidget());
    text->setBuddy(buddy);
    form->addRow(text, fields);
}

namespace {

/// "" → none; a number in the user's locale or in C notation; otherwise an error naming what.
Result<std::optional<double>> optionalNumber(const QString &text, const QString &what)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::optional<double>();
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        value = trimmed.toDouble(&ok);
    if (!ok)
        return fail(ErrorCode::Invalid,
            QCoreApplication::translate("ScoringRuleDialog", "%1 must be a number.").arg(what));
    return std::optional<double>(value);
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 12);
}

QString pointsText(int points)
{
    return std::abs(points) == 1
        ? QCoreApplication::translate("ScoringRulesEditor", "%1 point").arg(points)
        : QCoreApplication::translate("ScoringRulesEditor", "%1 points").arg(points);
}

QString rulesText(qsizetype count)
{
    return count == 1 ? QCoreApplication::translate("ScoringRulesEditor", "1 rule")
                      : QCoreApplication::translate("ScoringRulesEditor", "%1 rules").arg(count);
}

} // namespace

// --- BackgroundJobs ------------------------------------------------------------------------------

BackgroundJobs::BackgroundJobs(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

BackgroundJobs::~BackgroundJobs()
{
    cancelAll();
    for (auto &[thread, progress] : m_jobs) {
        if (thread)
            thread->wait();
    }
}

int BackgroundJobs::running() const
{
    return int(m_jobs.size());
}

void BackgroundJobs::cancelAll()
{
    for (auto &job : m_jobs)
        job.second->cancelled = true;
}

void BackgroundJobs::track(QThread *thread, std::shared_ptr<Progress> progress)
{
    thread->setParent(this);
    m_jobs.append({QPointer<QThread>(thread), std::move(progress)});
    connect(thread, &QThread::finished, this, [this, thread] {
        m_jobs.removeIf([thread](const auto &job) { return job.first == thread; });
        thread->deleteLater();
        if (m_jobs.isEmpty())
            emit idle();
    });
}

// --- ScoringRuleModel ----------------------------------------------------------------------------

ScoringRuleModel::ScoringRuleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ScoringRuleModel::setRules(const QList<ScoringRule> &rules)
{
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

std::optional<ScoringRule> ScoringRuleModel::ruleAt(int row) const
{
    if (row < 0 || row >= m_rules.size())
        return std::nullopt;
    return m_rules[row];
}

int ScoringRuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int ScoringRuleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScoringRuleModel::valueText(const ScoringRule &rule)
{
    switch (rule.op) {
    case ScoringRule::Operator::In:
        return rule.values.join(u", "_s);
    case ScoringRule::Operator::Range:
        return tr("%1 – %2").arg(
            rule.min ? number(*rule.min) : tr("any"), rule.max ? number(*rule.max) : tr("any"));
    case ScoringRule::Operator::AtLeast:
        return rule.min ? number(*rule.min) : QString();
    case ScoringRule::Operator::Matches:
        return rule.pattern;
    case ScoringRule::Operator::Present:
        return {};
    }
    return {};
}

QVariant ScoringRuleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScoringRule &rule = m_rules[index.row()];
    if (role == IdRole)
        return rule.id;
    if (role == Qt::CheckStateRole && index.column() == Enabled)
        return rule.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole
        && (index.column() == Points || index.column() == Cap || index.column() == HalfLife))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tr("%1: %2, %3").arg(rule.name, rule.condition(), pointsText(rule.points));
    if (role == Qt::ForegroundRole && !rule.enabled)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case Kind:
        return rule.kind == ScoringRule::Kind::Fit ? tr("Fit") : tr("Engagement");
    case Name:
        return rule.name;
    case Field: {
        if (rule.kind == ScoringRule::Kind::Engagement) {
            if (rule.attribute == u"type"_s)
                return tr("Touchpoint type");
            if (rule.attribute == u"channel"_s)
                return tr("Channel");
            if (rule.attribute == u"campaign"_s)
                return tr("Campaign");
        } else if (const auto field = rule.field()) {
            return fieldLabel(*field);
        }
        return rule.attribute;
    }
    case Operator:
        switch (rule.op) {
        case ScoringRule::Operator::In:
            return tr("is one of");
        case ScoringRule::Operator::Range:
            return tr("between");
        case ScoringRule::Operator::AtLeast:
            return tr("at least");
        case ScoringRule::Operator::Matches:
            return tr("matches");
        case ScoringRule::Operator::Present:
            return tr("has a value");
        }
        return {};
    case Value:
        return valueText(rule);
    case Points:
        return QLocale().toString(rule.points);
    case Cap:
        return rule.cap ? QLocale().toString(*rule.cap) : QString();
    case HalfLife:
        return rule.halfLifeDays ? tr("%1 d").arg(number(*rule.halfLifeDays)) : QString();
    case Enabled:
        return role == Qt::AccessibleTextRole ? (rule.enabled ? tr("enabled") : tr("disabled"))
                                              : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ScoringRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Kind:
        return tr("Kind");
    case Name:
        return tr("Name");
    case Field:
        return tr("Field");
    case Operator:
        return tr("Operator");
    case Value:
        return tr("Value");
    case Points:
        return tr("Points");
    case Cap:
        return tr("Cap");
    case HalfLife:
        return tr("Half-life");
    case Enabled:
        return tr("Enabled");
    case ColumnCount:
        break;
    }
    return {};
}

// --- ScoringRuleDialog ---------------------------------------------------------------------------

ScoringRuleDialog::ScoringRuleDialog(const ScoringRule &rule, QWidget *parent)
    : QDialog(parent)
    , m_original(rule)
{
    setWindowTitle(rule.id == 0 ? tr("Add scoring rule") : tr("Edit scoring rule"));
    auto *form = new QFormLayout;

    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Fit (the lead's own fields)"), int(ScoringRule::Kind::Fit));
    m_kind->addItem(tr("Engagement (touchpoints)"), int(ScoringRule::Kind::Engagement));
    m_kind->setAccessibleName(tr("Kind"));
    form->addRow(tr("&Kind:"), m_kind);

    m_name = new QLineEdit(rule.name, this);
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("e.g. Target industry"));
    form->addRow(tr("&Name:"), m_name);

    m_attribute = new QComboBox(this);
    m_attribute->setAccessibleName(tr("Field"));
    form->addRow(tr("&Field:"), m_attribute);

    m_operator = new QComboBox(this);
    m_operator->addItem(tr("is one of"), int(ScoringRule::Operator::In));
    m_operator->addItem(tr("between (inclusive)"), int(ScoringRule::Operator::Range));
    m_operator->addItem(tr("at least"), int(ScoringRule::Operator::AtLeast));
    m_operator->addItem(tr("matches (regular expression)"), int(ScoringRule::Operator::Matches));
    m_operator->addItem(tr("has a value"), int(ScoringRule::Operator::Present));
    m_operator->setAccessibleName(tr("Operator"));
    form->addRow(tr("&Operator:"), m_operator);

    m_values = new QLineEdit(rule.values.join(u", "_s), this);
    m_values->setAccessibleName(tr("Values"));
    m_values->setPlaceholderText(tr("comma-separated, e.g. Software, SaaS"));
    form->addRow(tr("&Values:"), m_values);

    auto *range = new QHBoxLayout;
    m_min = new QLineEdit(rule.min ? number(*rule.min) : QString(), this);
    m_min->setAccessibleName(tr("Minimum"));
    m_min->setPlaceholderText(tr("open"));
    m_max = new QLineEdit(rule.max ? number(*rule.max) : QString(), this);
    m_max->setAccessibleName(tr("Maximum"));
    m_max->setPlaceholderText(tr("open"));
    range->addWidget(m_min);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_max);
    addSettingsRow(form, tr("&Range:"), range, m_min);

    m_pattern = new QLineEdit(rule.pattern, this);
    m_pattern->setAccessibleName(tr("Pattern"));
    m_pattern->setPlaceholderText(tr("e.g. director|head of"));
    form->addRow(tr("&Pattern:"), m_pattern);

    m_points = new QSpinBox(this);
    m_points->setRange(-1000, 1000);
    m_points->setValue(rule.points);
    m_points->setAccessibleName(tr("Points"));
    form->addRow(tr("P&oints:"), m_points);

    m_cap = new QLineEdit(rule.cap ? QString::number(*rule.cap) : QString(), this);
    m_cap->setAccessibleName(tr("Cap"));
    m_cap->setPlaceholderText(tr("none"));
    form->addRow(tr("&Cap (engagement):"), m_cap);

    m_halfLife = new QLineEdit(rule.halfLifeDays ? number(*rule.halfLifeDays) : QString(), this);
    m_halfLife->setAccessibleName(tr("Half-life in days"));
    m_halfLife->setPlaceholderText(tr("no decay"));
    form->addRow(tr("&Half-life, days (engagement):"), m_halfLife);

    m_enabled = new QCheckBox(tr("&Enabled"), this);
    m_enabled->setChecked(rule.enabled);
    m_enabled->setAccessibleName(tr("Enabled"));
    form->addRow(QString(), m_enabled);

    m_message = new QLabel(this);
    m_message->setAccessibleName(tr("Problem with the rule"));
    m_message->setMinimumHeight(fontMetrics().lineSpacing() * 2);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Preview change"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ScoringRuleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_kind->setCurrentIndex(m_kind->findData(int(rule.kind)));
    fillAttributes();
    const int attribute = m_attribute->findData(rule.attribute);
    if (attribute >= 0)
        m_attribute->setCurrentIndex(attribute);
    else
        m_attribute->setEditText(rule.attribute);
    m_operator->setCurrentIndex(m_operator->findData(int(rule.op)));

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillAttributes();
        updateState();
    });
    for (QLineEdit *edit : {m_name, m_values, m_min, m_max, m_pattern, m_cap, m_halfLife})
        connect(edit, &QLineEdit::textChanged, this, &ScoringRuleDialog::updateState);
    connect(m_attribute, &QComboBox::currentTextChanged, this, &ScoringRuleDialog::updateState);
    connect(m_operator, &QComboBox::currentIndexChanged, this, &ScoringRuleDialog::updateState);
    connect(m_points, &QSpinBox::valueChanged, this, &ScoringRuleDialog::updateState);
    updateState();
}

void ScoringRuleDialog::fillAttributes()
{
    const QString before = m_attribute->currentData().toString();
    const QSignalBlocker blocker(m_attribute);
    m_attribute->clear();
    const bool fit = m_kind->currentData().toInt() == int(ScoringRule::Kind::Fit);
    m_attribute->setEditable(false);
    if (fit) {
        for (const FieldInfo &info : allFields()) {
            if (info.type == FieldType::Json || info.type == FieldType::Reference
                || info.type == FieldType::Timestamp)
                continue;
            const QString key = QString::fromLatin1(info.key);
            m_attribute->addItem(tr("%1 (%2)").arg(fieldLabel(info.field), key), key);
        }
    } else {
        m_attribute->addItem(tr("Touchpoint type"), u"type"_s);
        m_attribute->addItem(tr("Channel"), u"channel"_s);
        m_attribute->addItem(tr("Campaign"), u"campaign"_s);
    }
    const int index = m_attribute->findData(before);
    m_attribute->setCurrentIndex(index >= 0 ? index : 0);
}

Result<ScoringRule> ScoringRuleDialog::rule() const
{
    ScoringRule rule = m_original;
    rule.kind = ScoringRule::Kind(m_kind->currentData().toInt());
    rule.name = m_name->text().trimmed();
    rule.attribute = m_attribute->currentData().toString();
    rule.op = ScoringRule::Operator(m_operator->currentData().toInt());
    rule.values.clear();
    rule.min.reset();
    rule.max.reset();
    rule.pattern.clear();
    // Only what the operator uses is kept, so a hidden leftover never makes a rule invalid.
    switch (rule.op) {
    case ScoringRule::Operator::In:
        for (const QString &value : m_values->text().split(u','))
            if (!value.trimmed().isEmpty())
                rule.values << value.trimmed();
        break;
    case ScoringRule::Operator::Range:
    case ScoringRule::Operator::AtLeast: {
        auto min = optionalNumber(m_min->text(), tr("The minimum"));
        if (!min)
            return fail(min.error());
        rule.min = *min;
        if (rule.op == ScoringRule::Operator::Range) {
            auto max = optionalNumber(m_max->text(), tr("The maximum"));
            if (!max)
                return fail(max.error());
            rule.max = *max;
        }
        break;
    }
    case ScoringRule::Operator::Matches:
        rule.pattern = m_pattern->text();
        break;
    case ScoringRule::Operator::Present:
        break;
    }
    rule.points = m_points->value();
    rule.cap.reset();
    rule.halfLifeDays.reset();
    if (rule.kind == ScoringRule::Kind::Engagement) {
        if (!m_cap->text().trimmed().isEmpty()) {
            bool ok = false;
            const int cap = m_cap->text().trimmed().toInt(&ok);
            if (!ok)
                return fail(ErrorCode::Invalid, tr("The cap must be a whole number."));
            rule.cap = cap;
        }
        auto halfLife = optionalNumber(m_halfLife->text(), tr("The half-life"));
        if (!halfLife)
            return fail(halfLife.error());
        rule.halfLifeDays = *halfLife;
    }
    rule.enabled = m_enabled->isChecked();
    if (auto valid = rule.validate(); !valid)
        return fail(valid.error());
    return rule;
}

QString ScoringRuleDialog::message() const
{
    return m_message->isVisible() || !m_message->isHidden() ? m_message->text() : QString();
}

void ScoringRuleDialog::updateState()
{
    const auto op = ScoringRule::Operator(m_operator->currentData().toInt());
    const bool engagement = m_kind->currentData().toInt() == int(ScoringRule::Kind::Engagement);
    m_values->setEnabled(op == ScoringRule::Operator::In);
    m_min->setEnabled(op == ScoringRule::Operator::Range || op == ScoringRule::Operator::AtLeast);
    m_max->setEnabled(op == ScoringRule::Operator::Range);
    m_pattern->setEnabled(op == ScoringRule::Operator::Matches);
    m_cap->setEnabled(engagement);
    m_halfLife->setEnabled(engagement);
    const auto checked = rule();
    showSettingsMessage(m_message, checked ? QString() : checked.error().message, true);
    m_ok->setEnabled(checked.has_value());
}

void ScoringRuleDialog::accept()
{
    updateState();
    if (rule())
        QDialog::accept();
}

// --- ScoringRulesEditor --------------------------------------------------------------------------

ScoringRulesEditor::ScoringRulesEditor(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_jobs(new BackgroundJobs(database, this))
    , m_model(new ScoringRuleModel(this))
{
    auto *intro =
        new QLabel(tr("Fit rules score a lead's own fields (the ideal customer profile); "
                      "engagement rules give points for touchpoints, up to a cap, fading "
                      "with a half-life. Every change is previewed before it is applied."),
            this);
    intro->setWordWrap(true);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Scoring rules"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ScoringRuleModel::Value, QHeaderView::Stretch);
    m_view->setTabKeyNavigation(false);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &ScoringRulesEditor::editRule);
    connect(m_view, &QAbstractItemView::activated, this, &ScoringRulesEditor::editRule);

    const auto button = [this](const QString &text, const QString &accessible) {
        auto *b = new QPushButton(text, this);
        b->setAccessibleName(accessible);
        return b;
    };
    m_add = button(tr("&Add…"), tr("Add rule"));
    m_edit = button(tr("&Edit…"), tr("Edit rule"));
    m_remove = button(tr("&Remove"), tr("Remove rule"));
    m_toggle = button(tr("&Disable"), tr("Enable or disable rule"));
    m_import = button(tr("&Import…"), tr("Import rules from JSON"));
    m_export = button(tr("E&xport…"), tr("Export rules to JSON"));
    connect(m_add, &QPushButton::clicked, this, &ScoringRulesEditor::addRule);
    connect(m_edit, &QPushButton::clicked, this, &ScoringRulesEditor::editRule);
    connect(m_remove, &QPushButton::clicked, this, &ScoringRulesEditor::removeRule);
    connect(m_toggle, &QPushButton::clicked, this, &ScoringRulesEditor::toggleRule);
    connect(m_import, &QPushButton::clicked, this, &ScoringRulesEditor::importRules);
    connect(m_export, &QPushButton::clicked, this, &ScoringRulesEditor::exportRules);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove, m_toggle})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);

    auto *box = new QFrame(this);
    box->setFrameShape(QFrame::StyledPanel);
    box->setAccessibleName(tr("Proposed change"));
    m_proposalBox = box;
    m_proposalTitle = new QLabel(box);
    m_proposalTitle->setWordWrap(true);
    QFont bold = m_proposalTitle->font();
    bold.setBold(true);
    m_proposalTitle->setFont(bold);
    m_preview = new QLabel(box);
    m_preview->setWordWrap(true);
    m_preview->setAccessibleName(tr("Leads this change would move"));
    m_apply = new QPushButton(tr("A&pply change"), box);
    m_apply->setAccessibleName(tr("Apply change"));
    m_discard = new QPushButton(tr("Dis&card"), box);
    m_discard->setAccessibleName(tr("Discard change"));
    connect(m_apply, &QPushButton::clicked, this, [this] { applyProposal(); });
    connect(m_discard, &QPushButton::clicked, this, &ScoringRulesEditor::discardProposal);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_proposalTitle);
    boxLayout->addWidget(m_preview);
    auto *boxButtons = new QHBoxLayout;
    boxButtons->addStretch();
    boxButtons->addWidget(m_discard);
    boxButtons->addWidget(m_apply);
    boxLayout->addLayout(boxButtons);
    box->hide();

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Scoring rules status"));
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(box);
    layout->addWidget(m_status);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ScoringRulesEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ScoringRulesEditor::updateButtons);
    refresh();
}

ScoringRulesEditor::~ScoringRulesEditor()
{
    // Results of running jobs must not reach the members being destroyed.
    delete m_jobs;
    m_jobs = nullptr;
}

void ScoringRulesEditor::refresh()
{
    auto rules = ScoringRuleStore(m_database.connection()).list();
    if (!rules) {
        setStatus(rules.error().message, true);
        return;
    }
    const int row = m_view->currentIndex().row();
    m_model->setRules(*rules);
    if (m_model->rowCount() > 0)
        m_view->selectRow(std::clamp(row, 0, m_model->rowCount() - 1));
    if (m_proposal) {
        m_proposal.reset();
        ++m_generation;
        m_proposalBox->hide();
    }
    updateButtons();
}

void ScoringRulesEditor::updateButtons()
{
    const auto rule = m_model->ruleAt(m_view->currentIndex().row());
    const bool writable = !m_database.isReadOnly();
    const bool free = !m_proposal && !m_rescoring;
    m_add->setEnabled(writable && free);
    m_edit->setEnabled(writable && free && rule.has_value());
    m_remove->setEnabled(writable && free && rule.has_value());
    m_toggle->setEnabled(writable && free && rule.has_value());
    m_toggle->setText(rule && !rule->enabled ? tr("E&nable") : tr("&Disable"));
    m_import->setEnabled(writable && free);
    m_apply->setEnabled(m_proposal && !m_previewRunning);
}

void ScoringRulesEditor::setStatus(const QString &text, bool error)
{
    showSettingsMessage(m_status, text, error);
}

void ScoringRulesEditor::addRule()
{
    ScoringRule rule;
    rule.points = 10;
    ScoringRuleDialog dialog(rule, this);
    if (dialog.exec() == QDialog::Accepted)
        if (auto typed = dialog.rule())
            proposeAdd(*typed);
}

void ScoringRulesEditor::editRule()
{
    const auto rule = m_model->ruleAt(m_view->currentIndex().row());
    if (!rule || m_proposal || m_rescoring || m_database.isReadOnly())
        return;
    ScoringRuleDialog dialog(*rule, this);
    if (dialog.exec() == QDialog::Accepted)
        if (auto typed = dialog.rule())
            proposeUpdate(*typed);
}

void ScoringRulesEditor::removeRule()
{
    if (const auto rule = m_model->ruleAt(m_view->currentIndex().row()))
        proposeRemove(rule->id);
}

void ScoringRulesEditor::toggleRule()
{
    if (auto rule = m_model->ruleAt(m_view->currentIndex().row())) {
        rule->enabled = !rule->enabled;
        proposeUpdate(*rule);
    }
}

void ScoringRulesEditor::importRules()
{
    const QString path = FileDialogs::openFileName(
        this, tr("Import scoring rules"), QString(), tr("Scoring rules (*.json);;All files (*)"));
    if (!path.isEmpty())
        proposeImport(path);
}

void ScoringRulesEditor::exportRules()
{
    const QString path = FileDialogs::saveFileName(
        this, tr("Export scoring rules"), u"scoring-rules.json"_s, tr("Scoring rules (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ScoringRulesEditor::proposeAdd(const ScoringRule &rule)
{
    Proposal proposal;
    proposal.kind = Proposal::Kind::Add;
    proposal.rule = rule;
    proposal.rule.id = 0;
    proposal.proposed = RulePreview::withRule(m_model->rules(), proposal.rule);
    proposal.description =
        tr("Add rule “%1”: %2, %3.").arg(rule.name, rule.condition(), pointsText(rule.points));
    propose(std::move(proposal));
}

void ScoringRulesEditor::proposeUpdate(const ScoringRule &rule)
{
    Proposal proposal;
    proposal.kind = Proposal::Kind::Update;
    proposal.rule = rule;
    proposal.proposed = RulePreview::withRule(m_model->rules(), rule);
    const auto it = std::find_if(m_model->rules().cbegin(), m_model->rules().cend(),
        [&rule](const ScoringRule &r) { return r.id == rule.id; });
    if (it != m_model->rules().cend() && it->enabled != rule.enabled && it->points == rule.points
        && it->condition() == rule.condition())
        proposal.description = rule.enabled ? tr("Enable rule “%1”.").arg(rule.name)
                                            : tr("Disable rule “%1”.").arg(rule.name);
    else
        proposal.description = tr("Change rule “%1”: %2, %3.")
                                   .arg(rule.name, rule.condition(), pointsText(rule.points));
    propose(std::move(proposal));
}

void ScoringRulesEditor::proposeRemove(qint64 id)
{
    Proposal proposal;
    proposal.kind = Proposal::Kind::Remove;
    proposal.id = id;
    proposal.proposed = RulePreview::withoutRule(m_model->rules(), id);
    QString name;
    for (const ScoringRule &rule : m_model->rules())
        if (rule.id == id)
            name = rule.name;
    proposal.description = tr("Remove rule “%1”.").arg(name);
    propose(std::move(proposal));
}

void ScoringRulesEditor::proposeImport(const QString &path)
{
    const auto bytes = FileGuard::readAll(path);
    if (!bytes) {
        setStatus(bytes.error().message, true);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (!document.isObject()) {
        setStatus(tr("%1 is not a JSON object (%2 at byte %3).")
                      .arg(path, parseError.errorString())
                      .arg(parseError.offset),
            true);
        return;
    }
    const QJsonObject object = document.object();
    if (object.value(u"format"_s).toString() != u"leadflow-scoring-rules"_s) {
        setStatus(tr("%1 is not a Leadflow scoring rules export.").arg(path), true);
        return;
    }
    Proposal proposal;
    proposal.kind = Proposal::Kind::Import;
    proposal.document = object;
    const QJsonArray rules = object.value(u"rules"_s).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        auto rule = ScoringRule::fromJson(rules[i].toObject());
        if (!rule) {
            setStatus(tr("Rule %1 in %2: %3").arg(i + 1).arg(path, rule.error().message), true);
            return;
        }
        rule->id = -(i + 1); // not stored yet; distinct for the preview
        proposal.proposed << *rule;
    }
    proposal.description =
        tr("Replace every rule with the %1 of %2.").arg(rulesText(proposal.proposed.size()), path);
    propose(std::move(proposal));
}

bool ScoringRulesEditor::exportTo(const QString &path)
{
    auto document = ScoringRuleStore(m_database.connection()).exportJson();
    if (!document) {
        setStatus(document.error().message, true);
        return false;
    }
    const QByteArray json = QJsonDocument(*document).toJson(QJsonDocument::Indented);
    if (auto written = OutputFile::write(path, json); !written) {
        setStatus(written.error().message, true);
        return false;
    }
    setStatus(
        tr("Wrote %1 to %2.").arg(rulesText(document->value(u"rules"_s).toArray().size()), path),
        false);
    return true;
}

void ScoringRulesEditor::propose(Proposal proposal)
{
    m_proposal = std::move(proposal);
    m_proposalTitle->setText(m_proposal->description);
    m_proposalBox->show();
    setStatus(QString(), false);
    startPreview();
}

void ScoringRulesEditor::startPreview()
{
    const quint64 generation = ++m_generation;
    m_previewRunning = true;
    showSettingsMessage(m_preview, tr("Computing how many leads this change would move…"), false);
    updateButtons();
    const QList<ScoringRule> current = m_model->rules();
    const QList<ScoringRule> proposed = m_proposal->proposed;
    m_jobs->run<RuleImpact>(
        u"rule-preview"_s,
        [current, proposed](QSqlDatabase &db, Progress &progress) {
            return RulePreview(db).compare(current, proposed, &progress);
        },
        [this, generation](const Result<RuleImpact> &impact) {
            if (generation != m_generation)
                return; // a newer proposal replaced this one
            m_previewRunning = false;
            if (impact)
                showSettingsMessage(m_preview, impact->toText(), false);
            else
                showSettingsMessage(
                    m_preview, tr("The preview failed: %1").arg(impact.error().message), true);
            updateButtons();
        });
}

Status ScoringRulesEditor::applyProposal()
{
    if (!m_proposal)
        return fail(ErrorCode::Invalid, tr("There is no change to apply."));
    ScoringRuleStore store(m_database.connection());
    Status done;
    QString what;
    switch (m_proposal->kind) {
    case Proposal::Kind::Add:
        if (auto added = store.add(m_proposal->rule); !added)
            done = fail(added.error());
        else
            what = tr("Added rule “%1”.").arg(added->name);
        break;
    case Proposal::Kind::Update:
        if (auto updated = store.update(m_proposal->rule); !updated)
            done = fail(updated.error());
        else
            what = tr("Saved rule “%1”.").arg(updated->name);
        break;
    case Proposal::Kind::Remove:
        done = store.remove(m_proposal->id);
        what = tr("Removed the rule.");
        break;
    case Proposal::Kind::Import:
        if (auto count = store.importJson(m_proposal->document); !count)
            done = fail(count.error());
        else
            what = tr("Replaced the scoring rules with %1 imported.").arg(rulesText(*count));
        break;
    }
    if (!done) {
        // The proposal stays so the user sees what was refused; nothing was written.
        setStatus(done.error().message, true);
        return done;
    }
    m_proposal.reset();
    ++m_generation;
    m_previewRunning = false;
    m_proposalBox->hide();
    refresh();
    setStatus(what, false);
    emit rulesChanged();
    startRescore();
    return {};
}

void ScoringRulesEditor::discardProposal()
{
    m_proposal.reset();
    ++m_generation;
    m_previewRunning = false;
    m_proposalBox->hide();
    updateButtons();
}

void ScoringRulesEditor::startRescore()
{
    m_rescoring = true;
    updateButtons();
    const QString applied = m_status->text();
    setStatus(tr("%1 Rescoring every lead…").arg(applied), false);
    m_jobs->run<ScoringService::Totals>(
        u"rescore-after-rules"_s,
        [](QSqlDatabase &db, Progress &progress) {
            return ScoringService(db).rescoreAll(&progress);
        },
        [this, applied](const Result<ScoringService::Totals> &totals) {
            m_rescoring = false;
            updateButtons();
            if (!totals) {
                setStatus(tr("%1 Rescoring failed: %2").arg(applied, totals.error().message), true);
                return;
            }
            const QLocale locale;
            setStatus(tr("%1 Rescored %2 leads: %3 changed, %4 moved to MQL.")
                          .arg(applied, locale.toString(totals->leads),
                              locale.toString(totals->changed), locale.toString(totals->promoted)),
                false);
            emit leadsRescored();
        });
}

bool ScoringRulesEditor::isBusy() const
{
    return m_previewRunning || m_rescoring;
}

QString ScoringRulesEditor::previewText() const
{
    return m_proposalBox->isHidden() ? QString() : m_preview->text();
}

QString ScoringRulesEditor::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

} // namespace lf
