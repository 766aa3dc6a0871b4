#include "leaddialog.h"

#include "domain/normalizer.h"
#include "leadactions.h"
#include "leads/leadservice.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace lf {
namespace {

/// The fields the dialog edits, in tab order.
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
    LeadField::Stage,
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

} // namespace

LeadDialog::LeadDialog(LeadService *service, QWidget *parent)
    : LeadDialog(service, Lead(), parent)
{
}

LeadDialog::LeadDialog(LeadService *service, const Lead &lead, QWidget *parent)
    : LeadDialog(service, nullptr, lead, parent)
{
}

LeadDialog::LeadDialog(LeadActions *actions, QWidget *parent)
    : LeadDialog(actions, Lead(), parent)
{
}

LeadDialog::LeadDialog(LeadActions *actions, const Lead &lead, QWidget *parent)
    : LeadDialog(nullptr, actions, lead, parent)
{
}

LeadDialog::LeadDialog(
    LeadService *service, LeadActions *actions, const Lead &lead, QWidget *parent)
    : QDialog(parent)
    , m_ownService(
          service ? nullptr : std::make_unique<LeadService>(actions->database().connection()))
    , m_service(service ? service : m_ownService.get())
    , m_actions(actions)
    , m_lead(lead)
{
    Q_ASSERT(service || actions);
    if (m_actions)
        m_service->setActor(m_actions->actor());
    buildForm();
    QList<LeadField> all(formFields.begin(), formFields.end());
    showLead(m_lead, all);
    if (isNewLead()) {
        // The hint goes away with the first keystroke; keep its line so the form does not jump.
        QSizePolicy policy = m_identityHint->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        m_identityHint->setSizePolicy(policy);
    }
    updateTitle();
    updateValidation();
}

LeadDialog::~LeadDialog()
{
    // Hiding a shown dialog on the way out moves focus, and a line edit losing it would report to
    // members already destroyed.
    for (QWidget *editor : std::as_const(m_editors))
        disconnect(editor, nullptr, this, nullptr);
}

void LeadDialog::buildForm()
{
    setObjectName(u"LeadDialog"_s);
    setSizeGripEnabled(true);

    auto *layout = new QVBoxLayout(this);

    m_identityHint = new QLabel(
        tr("A lead needs at least a name, a company, an email address or a phone number."));
    m_identityHint->setObjectName(u"identityHint"_s);
    m_identityHint->setWordWrap(true);
    m_identityHint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_identityHint);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(12);
    layout->addLayout(columns);

    auto makeForm = [](const QString &title, QBoxLayout *into) {
        auto *box = new QGroupBox(title);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        into->addWidget(box, 1);
        return form;
    };

    QFormLayout *person = makeForm(tr("Person"), columns);
    addLine(person, LeadField::FirstName, tr("&First name:"));
    addLine(person, LeadField::LastName, tr("&Last name:"));
    QLineEdit *email = addLine(person, LeadField::Email, tr("&Email:"));
    email->setPlaceholderText(tr("name@company.com"));
    addLine(person, LeadField::Phone, tr("&Phone:"))->setPlaceholderText(tr("+1 415 555 0123"));
    addLine(person, LeadField::Title, tr("&Job title:"));

    QFormLayout *company = makeForm(tr("Company"), columns);
    addLine(company, LeadField::Company, tr("&Company:"));
    addLine(company, LeadField::Website, tr("&Website:"))->setPlaceholderText(tr("company.com"));
    addLine(company, LeadField::Industry, tr("&Industry:"));
    addLine(company, LeadField::Employees, tr("E&mployees:"))
        ->setPlaceholderText(tr("e.g. 51-200"));
    addLine(company, LeadField::Country, tr("Co&untry:"))
        ->setPlaceholderText(tr("e.g. Germany or DE"));

    auto *pipelineBox = new QGroupBox(tr("Pipeline"));
    auto *pipeline = new QFormLayout(pipelineBox);
    pipeline->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_stage = new QComboBox;
    m_stage->setObjectName(fieldKey(LeadField::Stage));
    for (Stage stage : allStages())
        m_stage->addItem(stageLabel(stage), stageKey(stage));
    m_editors.insert(LeadField::Stage, m_stage);
    pipeline->addRow(tr("&Stage:"), m_stage);
    addMessageRow(pipeline, LeadField::Stage);
    addLine(pipeline, LeadField::Source, tr("S&ource:"))
        ->setPlaceholderText(tr("e.g. Referral, Webinar, Trade show"));
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(fieldKey(LeadField::Notes));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_editors.insert(LeadField::Notes, m_notes);
    pipeline->addRow(tr("&Notes:"), m_notes);
    addMessageRow(pipeline, LeadField::Notes);

    auto *lower = new QHBoxLayout;
    lower->setSpacing(12);
    lower->addWidget(pipelineBox, 1);
    QFormLayout *bant = makeForm(tr("Qualification (BANT)"), lower);
    addLine(bant, LeadField::BantBudget, tr("&Budget:"))->setPlaceholderText(tr("e.g. 25,000.00"));
    addLine(bant, LeadField::BantAuthority, tr("Aut&hority:"))
        ->setPlaceholderText(tr("who decides, e.g. CFO signs"));
    addLine(bant, LeadField::BantNeed, tr("Nee&d:"))
        ->setPlaceholderText(tr("the problem to solve"));
    addLine(bant, LeadField::BantTimeline, tr("&Timeline:"))
        ->setPlaceholderText(tr("e.g. buying in Q3"));
    layout->addLayout(lower, 1);

    m_generalMessage = new QLabel;
    m_generalMessage->setObjectName(u"generalMessage"_s);
    m_generalMessage->setWordWrap(true);
    m_generalMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_generalMessage->palette();
    palette.setColor(QPalette::WindowText, errorColor(palette));
    m_generalMessage->setPalette(palette);
    m_generalMessage->hide();
    layout->addWidget(m_generalMessage);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LeadDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LeadDialog::reject);
    layout->addWidget(m_buttons);

    // Tab order follows the fields: person, company, pipeline, then the buttons.
    QWidget *previous = nullptr;
    for (LeadField field : formFields) {
        QWidget *current = m_editors.value(field);
        if (previous)
            setTabOrder(previous, current);
        previous = current;
    }
    setTabOrder(previous, m_buttons);

    // Problems show under a field once the user has left it; Save follows every keystroke.
    for (LeadField field : formFields) {
        auto *line = qobject_cast<QLineEdit *>(m_editors.value(field));
        if (!line)
            continue;
        connect(line, &QLineEdit::textChanged, this, &LeadDialog::updateValidation);
        connect(line, &QLineEdit::editingFinished, this, [this, field] {
            m_touched.insert(field);
            updateValidation();
        });
    }
    // A message from the last save attempt goes away once its field is edited.
    for (LeadField field : formFields) {
        auto clear = [this, field] {
            if (m_saveErrors.remove(field) > 0)
                updateValidation();
        };
        QWidget *widget = m_editors.value(field);
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            connect(line, &QLineEdit::textEdited, this, clear);
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            connect(combo, &QComboBox::activated, this, clear);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
            connect(text, &QPlainTextEdit::textChanged, this, clear);
    }

    QLineEdit *first = static_cast<QLineEdit *>(m_editors.value(LeadField::FirstName));
    first->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 124);
}

QLineEdit *LeadDialog::addLine(QFormLayout *form, LeadField field, const QString &label)
{
    auto *line = new QLineEdit;
    line->setObjectName(fieldKey(field));
    line->setClearButtonEnabled(true);
    m_editors.insert(field, line);
    form->addRow(label, line);
    addMessageRow(form, field);
    return line;
}

void LeadDialog::addMessageRow(QFormLayout *form, LeadField field)
{
    m_messages.insert(field, addFieldMessageRow(form, field));
}

QWidget *LeadDialog::editor(LeadField field) const
{
    return m_editors.value(field);
}

QMessageBox *LeadDialog::conflictPrompt() const
{
    return m_conflictPrompt;
}

QPushButton *LeadDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QString LeadDialog::storedText(const Lead &lead, LeadField field)
{
    if (field == LeadField::Stage)
        return lead.isNull(LeadField::Stage) ? stageKey(Stage::New) : stageKey(lead.stage());
    return lead.displayText(field); // money in units ("25000.00"), not cents
}

QString LeadDialog::currentText(LeadField field) const
{
    if (field == LeadField::Stage)
        return m_stage->currentData().toString();
    if (field == LeadField::Notes)
        return m_notes->toPlainText().trimmed();
    if (auto *line = qobject_cast<QLineEdit *>(m_editors.value(field)))
        return line->text().trimmed();
    return {};
}

void LeadDialog::setCurrentText(LeadField field, const QString &text)
{
    if (field == LeadField::Stage) {
        const int index = m_stage->findData(text);
        m_stage->setCurrentIndex(qMax(0, index));
    } else if (field == LeadField::Notes) {
        m_notes->setPlainText(text);
    } else if (auto *line = qobject_cast<QLineEdit *>(m_editors.value(field))) {
        line->setText(text);
        line->setCursorPosition(0);
    }
}

void LeadDialog::showLead(const Lead &lead, const QList<LeadField> &fields)
{
    for (LeadField field : fields)
        setCurrentText(field, storedText(lead, field));
}

void LeadDialog::updateTitle()
{
    if (m_readOnly)
        setWindowTitle(tr("Lead — %1").arg(m_lead.displayName()));
    else if (isNewLead())
        setWindowTitle(tr("New Lead"));
    else
        setWindowTitle(tr("Edit Lead — %1").arg(m_lead.displayName()));
    saveButton()->setText(isNewLead() ? tr("&Add Lead") : tr("&Save"));
}

void LeadDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QWidget *widget : std::as_const(m_editors)) {
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->setReadOnly(readOnly);
    }
    m_notes->setReadOnly(readOnly);
    m_stage->setEnabled(!readOnly);
    saveButton()->setVisible(!readOnly);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(readOnly ? tr("&Close") : tr("&Cancel"));
    updateTitle();
    updateValidation();
}

bool LeadDialog::hasIdentity() const
{
    for (LeadField field : identityFields) {
        if (!currentText(field).isEmpty())
            return true;
    }
    return false;
}

QColor errorColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

FieldMessageRow addFieldMessageRow(QFormLayout *form, LeadField field)
{
    auto *message = new QLabel;
    message->setObjectName(fieldKey(field) + u"_message"_s);
    message->setWordWrap(true);
    QPalette palette = message->palette();
    palette.setColor(QPalette::WindowText, errorColor(palette));
    message->setPalette(palette);
    QFont font = message->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    message->setFont(font);
    const int row = form->rowCount();
    form->addRow(QString(), message);
    form->setRowVisible(row, false);
    return {form, row, message};
}

QString fieldProblem(LeadField field, const QString &text)
{
    if (text.isEmpty())
        return {};
    if (field == LeadField::Email) {
        if (Normalizer::email(text).state == EmailState::Invalid)
            return LeadDialog::tr("This does not look like an email address (name@company.com).");
        return {};
    }
    if (field == LeadField::Country) {
        if (Normalizer::countryCode(text).isEmpty())
            return LeadDialog::tr(
                "“%1” is not a country Leadflow knows; write its name or its ISO code "
                "(e.g. DE).")
                .arg(text);
        return {};
    }
    Result<QVariant> value = LeadService::parseValue(field, text);
    if (value)
        return {};
    // The core names the field by its key ("bant_budget"); beside the field, people read its label.
    return QString(value.error().message).replace(fieldKey(field), fieldLabel(field));
}

QString LeadDialog::validationMessage(LeadField field) const
{
    if (field == LeadField::Stage || field == LeadField::Notes)
        return {};
    return fieldProblem(field, currentText(field));
}

bool LeadDialog::isInputValid() const
{
    if (!hasIdentity())
        return false;
    for (LeadField field : formFields) {
        if (!validationMessage(field).isEmpty())
            return false;
    }
    return true;
}

QString LeadDialog::messageFor(LeadField field) const
{
    const FieldMessageRow row = m_messages.value(field);
    return row.form && row.form->isRowVisible(row.row) ? row.label->text() : QString();
}

void LeadDialog::setFieldMessage(LeadField field, const QString &message)
{
    const FieldMessageRow row = m_messages.value(field);
    if (!row.form)
        return;
    row.label->setText(message);
    row.form->setRowVisible(row.row, !message.isEmpty());
}

void LeadDialog::setGeneralMessage(const QString &message)
{
    m_generalMessage->setText(message);
    m_generalMessage->setVisible(!message.isEmpty());
}

void LeadDialog::updateValidation()
{
    const bool identified = hasIdentity();
    m_identityHint->setVisible(!identified && !m_readOnly);

    QString firstProblem;
    for (LeadField field : formFields) {
        const QString problem = validationMessage(field);
        if (firstProblem.isEmpty() && !problem.isEmpty())
            firstProblem = problem;
        QString message = m_saveErrors.value(field);
        // A stored lead's problems show at once; a new lead's once the user left the field.
        if (message.isEmpty() && (m_touched.contains(field) || !isNewLead()))
            message = problem;
        setFieldMessage(field, m_readOnly ? QString() : message);
    }

    QPushButton *save = saveButton();
    save->setEnabled(!m_readOnly && !m_leadGone && identified && firstProblem.isEmpty());
    if (!identified)
        save->setToolTip(m_identityHint->text());
    else
        save->setToolTip(firstProblem);
}

void LeadDialog::accept()
{
    if (m_readOnly) {
        reject();
        return;
    }
    if (!isInputValid() || m_leadGone) {
        for (LeadField field : formFields)
            m_touched.insert(field);
        updateValidation();
        for (LeadField field : formFields) {
            if (const QString problem = validationMessage(field); !problem.isEmpty()) {
                m_lastError = Error {ErrorCode::Invalid, problem, {}, 0, 0, fieldKey(field), {}};
                m_editors.value(field)->setFocus();
                break;
            }
        }
        return;
    }

    m_saveErrors.clear();
    setGeneralMessage({});
    LeadChanges changes;
    QList<LeadField> badFields;
    for (LeadField field : formFields) {
        const QString text = currentText(field);
        if (isNewLead() ? text.isEmpty() : text == storedText(m_lead, field))
            continue;
        if (text.isEmpty()) {
            changes.append({field, QVariant()});
            continue;
        }
        Result<QVariant> value = LeadService::parseValue(field, text);
        if (!value) {
            m_saveErrors.insert(field, value.error().message);
            badFields.append(field);
            continue;
        }
        changes.append({field, *value});
    }
    if (!badFields.isEmpty()) {
        updateValidation();
        m_editors.value(badFields.constFirst())->setFocus();
        return;
    }
    if (!isNewLead() && changes.isEmpty()) {
        QDialog::accept();
        return;
    }

    Result<Lead> saved;
    if (m_actions)
        saved = isNewLead() ? m_actions->create(changes)
                            : m_actions->editLead(m_lead.id(), m_lead.version(), changes);
    else
        saved = isNewLead() ? m_service->create(changes)
                            : m_service->update(m_lead.id(), m_lead.version(), changes);
    if (!saved) {
        m_lastError = saved.error();
        const Error &error = saved.error();
        if (error.code == ErrorCode::Conflict) {
            showConflict(error);
        } else if (error.code == ErrorCode::NotFound && !isNewLead()) {
            m_leadGone = true;
            setGeneralMessage(error.toString());
            updateValidation();
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
    m_lead = *saved;
    emit leadSaved(m_lead);
    QDialog::accept();
}

void LeadDialog::showConflict(const Error &error)
{
    if (m_conflictPrompt)
        m_conflictPrompt->close();

    // Name what people edit; fields Leadflow derives from them (normalized email, E.164 phone)
    // changed along with those.
    QStringList names;
    for (const QString &detail : error.details) {
        const std::optional<LeadField> field = fieldFromName(detail);
        if (field && !fieldInfo(*field).editable)
            continue;
        names.append(field ? fieldLabel(*field) : detail);
    }
    names.removeDuplicates();

    auto *prompt = new QMessageBox(QMessageBox::Warning, tr("Lead Changed Meanwhile"),
        tr("Someone else changed this lead while you were editing it, "
           "so your changes were not saved."),
        QMessageBox::NoButton, this);
    prompt->setObjectName(u"conflictPrompt"_s);
    if (names.isEmpty()) {
        prompt->setInformativeText(tr("Reload the lead to see its latest version; your changes to "
                                      "the form are kept where they do not clash."));
    } else {
        prompt->setInformativeText(
            tr("Changed meanwhile: %1.\n\nReload to take their version of these fields. Your "
               "changes to the other fields are kept; then review and save again.")
                .arg(QLocale().createSeparatedList(names)));
    }
    QPushButton *reload = prompt->addButton(tr("&Reload"), QMessageBox::AcceptRole);
    prompt->addButton(QMessageBox::Cancel);
    prompt->setDefaultButton(reload);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setWindowModality(Qt::WindowModal);
    connect(prompt, &QMessageBox::finished, this, [this, prompt, reload] {
        if (prompt->clickedButton() == reload)
            reloadLead();
    });
    m_conflictPrompt = prompt;
    prompt->open();
}

void LeadDialog::reloadLead()
{
    if (isNewLead())
        return;
    Result<Lead> latest = m_service->get(m_lead.id());
    if (!latest) {
        m_lastError = latest.error();
        if (latest.error().code == ErrorCode::NotFound) {
            m_leadGone = true;
            setGeneralMessage(tr("This lead was deleted meanwhile; it can no longer be saved."));
        } else {
            setGeneralMessage(latest.error().toString());
        }
        updateValidation();
        return;
    }

    QList<LeadField> take;
    for (LeadField field : formFields) {
        const bool edited = currentText(field) != storedText(m_lead, field);
        const bool changedMeanwhile = storedText(*latest, field) != storedText(m_lead, field);
        if (!edited || changedMeanwhile)
            take.append(field);
    }
    showLead(*latest, take);
    m_lead = *latest;
    m_lastError.reset();
    m_saveErrors.clear();
    setGeneralMessage({});
    updateTitle();
    updateValidation();
}

} // namespace lf
