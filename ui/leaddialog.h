#pragma once

#include "domain/lead.h"
#include "util/result.h"

#include <QDialog>
#include <QMap>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

class QColor;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPalette;
class QPlainTextEdit;
class QPushButton;

namespace lf {

class LeadActions;
class LeadService;

/// A field's message line under it in a form, hidden while there is nothing to say.
struct FieldMessageRow
{
    QFormLayout *form = nullptr;
    int row = -1;
    QLabel *label = nullptr;
};

/// Adds the (hidden) message row for field to form, in the error colour of the palette.
FieldMessageRow addFieldMessageRow(QFormLayout *form, LeadField field);
/// Red that reads on the palette's window colour, light or dark.
QColor errorColor(const QPalette &palette);

/// Adds a lead or edits one, with its BANT qualification. Validates as the user types (a lead needs
/// a name, a company, an email or a phone number, as LeadService does; an email must look like one,
/// a country must be one Leadflow knows, a budget must be an amount), shows each problem under its
/// field once the user leaves the field, and keeps Save disabled while the form is invalid.
///
/// Saving goes through LeadActions when the dialog was given one (create() and editLead(), each an
/// undoable step), else straight through LeadService: create() for a new lead, update() with the
/// version the dialog was opened with for an existing one. When someone changed the lead meanwhile,
/// the dialog stays open and asks, without blocking (conflictPrompt()), whether to reload the lead:
/// reloading takes the latest version of the fields changed meanwhile and keeps the user's other
/// edits.
///
/// The service or the actions are not owned and must outlive the dialog.
class LeadDialog : public QDialog
{
    Q_OBJECT

public:
    /// A dialog for a new lead.
    explicit LeadDialog(LeadService *service, QWidget *parent = nullptr);
    /// A dialog editing lead as read; its version is the one the save expects.
    LeadDialog(LeadService *service, const Lead &lead, QWidget *parent = nullptr);
    /// A dialog for a new lead, saved with LeadActions::create (undoable).
    explicit LeadDialog(LeadActions *actions, QWidget *parent = nullptr);
    /// A dialog editing lead, saved with LeadActions::editLead (undoable).
    LeadDialog(LeadActions *actions, const Lead &lead, QWidget *parent = nullptr);
    ~LeadDialog() override;

    bool isNewLead() const { return m_lead.id() == 0; }
    /// The lead as saved once the dialog was accepted; before that, the lead being edited.
    Lead lead() const { return m_lead; }

    /// Shows the lead without letting it be changed (a database opened read-only).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// Whether the form, as typed, may be saved.
    bool isInputValid() const;
    /// The validation or save message shown beside a field (empty when none is shown).
    QString messageFor(LeadField field) const;
    /// The last error a save or reload returned (cleared by the next successful one).
    std::optional<Error> lastError() const { return m_lastError; }
    /// The open "changed meanwhile" question, or nullptr.
    QMessageBox *conflictPrompt() const;

    /// The editor of a field (a QLineEdit, QComboBox or QPlainTextEdit), or nullptr.
    QWidget *editor(LeadField field) const;
    QPushButton *saveButton() const;

public slots:
    /// Saves; closes the dialog only when the save succeeded.
    void accept() override;
    /// Takes the latest version of the lead: fields changed meanwhile show the new values, the
    /// user's edits of the other fields are kept.
    void reloadLead();

signals:
    void leadSaved(const lf::Lead &lead);

private:
    LeadDialog(LeadService *service, LeadActions *actions, const Lead &lead, QWidget *parent);
    void buildForm();
    QLineEdit *addLine(QFormLayout *form, LeadField field, const QString &label);
    void addMessageRow(QFormLayout *form, LeadField field);
    void showLead(const Lead &lead, const QList<LeadField> &fields);
    QString currentText(LeadField field) const;
    static QString storedText(const Lead &lead, LeadField field);
    void setCurrentText(LeadField field, const QString &text);
    bool hasIdentity() const;
    QString validationMessage(LeadField field) const;
    void updateValidation();
    void setFieldMessage(LeadField field, const QString &message);
    void setGeneralMessage(const QString &message);
    void showConflict(const Error &error);
    void updateTitle();

    std::unique_ptr<LeadService> m_ownService; ///< reads the lead when saving through actions
    LeadService *m_service;
    LeadActions *m_actions = nullptr;
    Lead m_lead;
    bool m_readOnly = false;
    bool m_leadGone = false;
    QSet<LeadField> m_touched; ///< fields the user left once: their problems are shown
    std::optional<Error> m_lastError;

    QMap<LeadField, QWidget *> m_editors;
    QMap<LeadField, FieldMessageRow> m_messages;
    QMap<LeadField, QString> m_saveErrors; ///< per field, from the last save attempt
    QComboBox *m_stage = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_identityHint = nullptr;
    QLabel *m_generalMessage = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<QMessageBox> m_conflictPrompt;
};

/// What is wrong with text typed for a lead field, for a message beside the field (empty when
/// nothing is): a malformed email, an unknown country, or the core's own parse error, naming the
/// field by its label. Shared by the lead dialog and the lead detail.
QString fieldProblem(LeadField field, const QString &text);

} // namespace lf
