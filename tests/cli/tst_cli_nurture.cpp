#include <QTest>

class TestCliNurture : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestCliNurture)
#include "tst_cli_nurture.moc"
