export const id = 466;
export const ids = [466];
export const modules = {

/***/ 6466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyPlan: () => (/* binding */ applyPlan)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7202);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/**
 * Applies a rotation plan: ModifyDBInstance (the CA and CertificateRotationRestart always
 * together) or ModifyDBCluster, `concurrency` at a time. With apply: immediately, waits
 * (the SDK's waiter) until each database is available and verifies it is on the target.
 * After the first failure no new change starts, unless continue-on-error.
 */


async function currentCa(rds, change) {
    if (change.db.kind === 'cluster') {
        const c = (await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_1__/* .DescribeDBClustersCommand */ .Kdv({ DBClusterIdentifier: change.db.id }))).DBClusters?.[0];
        return {
            ca: c?.CertificateDetails?.CAIdentifier,
            pending: c?.PendingModifiedValues?.CertificateDetails?.CAIdentifier,
            status: c?.Status,
        };
    }
    const i = (await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_1__/* .DescribeDBInstancesCommand */ .hhJ({ DBInstanceIdentifier: change.db.id }))).DBInstances?.[0];
    return { ca: i?.CACertificateIdentifier, pending: i?.PendingModifiedValues?.CACertificateIdentifier, status: i?.DBInstanceStatus };
}
async function modify(rds, change) {
    if (change.db.kind === 'cluster') {
        await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_1__/* .ModifyDBClusterCommand */ .gSX({
            DBClusterIdentifier: change.db.id,
            CACertificateIdentifier: change.to,
            ApplyImmediately: change.immediately,
        }));
    }
    else {
        await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_1__/* .ModifyDBInstanceCommand */ .R1U({
            DBInstanceIdentifier: change.db.id,
            CACertificateIdentifier: change.to,
            ApplyImmediately: change.immediately,
            CertificateRotationRestart: change.restart,
        }));
    }
}
/** Waits until available and on the target CA (a modification may take a moment to show). */
async function settle(rds, change, options, cancelled) {
    const deadline = Date.now() + options.waitTimeoutMinutes * 60_000;
    const waiter = change.db.kind === 'cluster' ? _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_1__/* .waitUntilDBClusterAvailable */ .jI9 : _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_1__/* .waitUntilDBInstanceAvailable */ .wpV;
    const input = change.db.kind === 'cluster' ? { DBClusterIdentifier: change.db.id } : { DBInstanceIdentifier: change.db.id };
    for (;;) {
        const left = Math.max(1, Math.round((deadline - Date.now()) / 1000));
        await waiter({
            client: rds,
            maxWaitTime: left,
            minDelay: options.waitPollSeconds,
            maxDelay: Math.max(options.waitPollSeconds, 120),
            abortSignal: cancelled,
        }, input);
        const now = await currentCa(rds, change);
        if (now.ca === change.to && !now.pending)
            return now.ca;
        if (Date.now() >= deadline)
            throw new Error(`still on ${now.ca ?? 'an unknown CA'} after ${options.waitTimeoutMinutes} minute(s) (wait-timeout-minutes)`);
        await new Promise((r) => setTimeout(r, options.waitPollSeconds * 1000));
    }
}
/**
 * Applies the changes, updating `results` (from pendingResults) as it goes so that a cancelled
 * run can report what was done so far. After `cancelled` fires, no new change starts.
 */
async function applyPlan(results, clientFor, options, log, cancelled) {
    let next = 0;
    let stopped = false;
    // Across accounts, `eu-west-1/orders` could be two databases: the line names the account too.
    const accounts = new Set(results.map((r) => r.change.db.account)).size > 1;
    const worker = async () => {
        while (!stopped && !cancelled?.aborted && next < results.length) {
            const result = results[next++];
            const { change } = result;
            const rds = clientFor(change.db.account, change.db.region);
            try {
                log(`${accounts ? `${change.db.account}/` : ''}${change.db.region}/${change.db.id}: ${change.from} → ${change.to}, ${change.immediately ? 'applying now' : 'in the next maintenance window'}`);
                result.status = 'started';
                await modify(rds, change);
                if (change.immediately) {
                    result.caAfter = await settle(rds, change, options, cancelled);
                    result.status = 'rotated';
                }
                else {
                    const now = await currentCa(rds, change);
                    result.caAfter = now.ca;
                    result.status = 'scheduled';
                    result.detail = `pending: ${now.pending ?? change.to} at the next maintenance window`;
                }
            }
            catch (error) {
                // Cancelled while waiting: the change was requested, not verified; it stays `started`.
                if (cancelled?.aborted && result.status === 'started')
                    continue;
                result.status = 'failed';
                result.detail = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error);
                if (!options.continueOnError)
                    stopped = true;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency, results.length) }, worker));
    return results;
}


/***/ })

};
