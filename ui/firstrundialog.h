#pragma once

#include <QDialog>

class QCommandLinkButton;

namespace lf {

/// Asked once, when a user first opens an empty database: start empty or load the sample leads.
/// The dialog only records the choice; the caller does the loading (see app/gui/main.cpp).
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { StartEmpty, LoadSample };
    Q_ENUM(Choice)

    /// sampleAvailable: whether this build can load the sample leads; if not, that choice is
    /// shown disabled.
    explicit FirstRunDialog(bool sampleAvailable, QWidget *parent = nullptr);

    /// The choice made; StartEmpty when the dialog was closed without one.
    Choice choice() const { return m_choice; }

    /// Whether to ask: the database holds no leads and this user was never asked (QSettings).
    static bool shouldAsk(qint64 leadCount);
    /// Records in QSettings that the user was asked, so the question is not repeated.
    static void rememberAsked();

    QCommandLinkButton *button(Choice choice) const;

signals:
    void chosen(lf::FirstRunDialog::Choice choice);

private:
    void choose(Choice choice);

    Choice m_choice = Choice::StartEmpty;
    QCommandLinkButton *m_sampleButton = nullptr;
    QCommandLinkButton *m_emptyButton = nullptr;
};

} // namespace lf
