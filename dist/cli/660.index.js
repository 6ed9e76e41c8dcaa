export const id = 660;
export const ids = [660];
export const modules = {

/***/ 24660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readEnvironments: () => (/* binding */ readEnvironments)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38816);
/* harmony import */ var _base_path_inside_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24755);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _base_validators_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99982);
/**
 * The environments file (`config`, default .github/rds-ca-guard.yml): per environment, the
 * regions, tag filters, identifiers, role to assume and protection. Validated with a schema;
 * every error names the file, the line and what is accepted.
 */






const list = zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1));
const EnvironmentSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    regions: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(_base_validators_js__WEBPACK_IMPORTED_MODULE_4__/* .regionName */ .gw).min(1).optional(),
    tags: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()).optional(),
    identifiers: list.optional(),
    'exclude-identifiers': list.optional(),
    'role-to-assume': _base_validators_js__WEBPACK_IMPORTED_MODULE_4__/* .roleArn */ .w3.optional(),
    /** `true` adds protection; `false` cannot lift what the workflow's `protected-environments` sets. */
    protected: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().optional(),
});
const FileSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    environments: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(_base_validators_js__WEBPACK_IMPORTED_MODULE_4__/* .environmentName */ .VE, EnvironmentSchema),
});
/**
 * The parsed file, undefined when it does not exist; throws ConfigFileError with file:line for each problem.
 * A file that resolves (through symbolic links) outside `workspace` is refused unread.
 */
function readEnvironments(path, shownAs, workspace) {
    let text;
    try {
        if (workspace && !(0,_base_path_inside_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .F)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(workspace), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigFileError */ .x(`Input \`config\` is "${shownAs}", which resolves outside the workspace; accepted: a file inside the workspace, e.g. .github/rds-ca-guard.yml. It was not read.`);
        }
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigFileError */ .x)
            throw error;
        if (error.code === 'ENOENT')
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigFileError */ .x(`${shownAs}: cannot be read (${error.message}).`);
    }
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false });
    if (doc.errors.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigFileError */ .x(doc.errors.map((e) => `${shownAs}:${lineCounter.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`).join('\n'));
    }
    const parsed = FileSchema.safeParse(doc.toJS());
    if (parsed.success) {
        const seen = new Map();
        const clashes = [];
        for (const name of Object.keys(parsed.data.environments)) {
            const other = seen.get(name.toLowerCase());
            if (other)
                clashes.push(`${shownAs}: environments "${other}" and "${name}" are one environment (GitHub environment names are case-insensitive); keep one.`);
            seen.set(name.toLowerCase(), name);
        }
        if (clashes.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigFileError */ .x(clashes.join('\n'));
        return parsed.data;
    }
    const problems = parsed.error.issues.map((issue) => {
        // The deepest node of the path that exists gives the line (for an unknown key, the key's own line).
        const path = [...issue.path, ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])];
        let line = 1;
        for (let depth = path.length; depth >= 0; depth--) {
            const node = doc.getIn(path.slice(0, depth), true);
            if (node?.range) {
                line = lineCounter.linePos(node.range[0]).line;
                break;
            }
        }
        const where = issue.path.length ? issue.path.join('.') : '(top level)';
        return `${shownAs}:${line}: ${where}: ${issue.message}`;
    });
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigFileError */ .x(`${problems.join('\n')}\nAccepted: environments: { <name>: { regions, tags, identifiers, exclude-identifiers, role-to-assume, protected } }.`);
}


/***/ })

};
