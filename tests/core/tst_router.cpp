#include <QTest>

class TestRouter : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
