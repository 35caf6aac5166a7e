// Why each diagnostic code happens, in plain words (en, ko): what it means, the Kubernetes rule,
// how to fix it, and the lesson that practises it. docs/diagnostics.md has the same sections
// (diagnosticHelp.test.ts keeps the two in step).
import type { Lang } from '../i18n';

export interface DiagnosticHelp {
  title: string;
  meaning: Record<Lang, string>;
  rule: Record<Lang, string>;
  fix: Record<Lang, string>;
  /** A lesson of src/lessons that practises this problem. */
  lesson?: { kind: 'exercise' | 'example'; id: string };
}

export const DIAGNOSTIC_HELP: Readonly<Record<string, DiagnosticHelp>> = {
  'api/required': {
    title: 'Required value',
    meaning: {
      en: 'A field the API server needs is missing or empty (for example a container without `image`, or a pod without `spec.containers`).',
      ko: 'API 서버에 꼭 필요한 필드가 없거나 비어 있습니다(예: `image`가 없는 컨테이너, `spec.containers`가 없는 Pod).',
    },
    rule: {
      en: 'Every container needs a `name` and an `image`; a Pod needs at least one container; each volume, port and env var needs its name.',
      ko: '모든 컨테이너에는 `name`과 `image`가 있어야 하고, Pod에는 컨테이너가 하나 이상 있어야 하며, 볼륨·포트·환경 변수에는 이름이 필요합니다.',
    },
    fix: {
      en: 'Add the field named in the message. For a missing image the quick fix adds `image: busybox:1.36`.',
      ko: '메시지에 나온 필드를 추가하세요. image가 없으면 빠른 수정이 `image: busybox:1.36`을 넣어 줍니다.',
    },
    lesson: { kind: 'exercise', id: 'cka-write-pod' },
  },
  'api/invalid': {
    title: 'Invalid value',
    meaning: {
      en: 'The value has the right type but breaks a rule: a name that is not a DNS label, a port out of range, a negative number, a bad path.',
      ko: '값의 타입은 맞지만 규칙을 어겼습니다: DNS 레이블이 아닌 이름, 범위를 벗어난 포트, 음수, 잘못된 경로 등.',
    },
    rule: {
      en: "Names of containers, volumes and ports are lowercase RFC 1123 labels (a-z, 0-9, '-', at most 63 characters); ports are 1-65535; mountPath must be absolute and unique per container.",
      ko: "컨테이너·볼륨·포트 이름은 소문자 RFC 1123 레이블(a-z, 0-9, '-', 최대 63자)이고, 포트는 1-65535이며, mountPath는 절대 경로이고 컨테이너 안에서 겹치면 안 됩니다.",
    },
    fix: {
      en: 'Read the quoted value and the rule after it in the message, and change the value to satisfy it.',
      ko: '메시지의 따옴표 안 값과 그 뒤의 규칙을 읽고 규칙에 맞게 값을 바꾸세요.',
    },
  },
  'api/not-found': {
    title: 'Not found',
    meaning: {
      en: 'The field refers to something that does not exist in this object, most often a `volumeMounts[].name` with no volume of that name in `spec.volumes`.',
      ko: '필드가 이 객체에 없는 것을 가리킵니다. 대부분 `spec.volumes`에 없는 이름을 쓴 `volumeMounts[].name`입니다.',
    },
    rule: {
      en: "A volumeMount can only mount a volume declared in the same pod's `spec.volumes`; names must match exactly.",
      ko: 'volumeMount는 같은 Pod의 `spec.volumes`에 선언된 볼륨만 마운트할 수 있고 이름이 정확히 같아야 합니다.',
    },
    fix: {
      en: 'Fix the name, or declare the volume. The quick fix adds `- name: <name>` with `emptyDir: {}` to `spec.volumes`.',
      ko: '이름을 고치거나 볼륨을 선언하세요. 빠른 수정은 `spec.volumes`에 `- name: <이름>`과 `emptyDir: {}`를 추가합니다.',
    },
    lesson: { kind: 'exercise', id: 'cka-fix-invalid' },
  },
  'api/duplicate': {
    title: 'Duplicate value',
    meaning: {
      en: 'Two items share a value that must be unique: two containers (init containers included) with the same name, two volumes with one name, a mountPath used twice.',
      ko: '고유해야 하는 값이 두 번 쓰였습니다: 이름이 같은 두 컨테이너(init 컨테이너 포함), 이름이 같은 두 볼륨, 두 번 쓰인 mountPath 등.',
    },
    rule: {
      en: 'Container names are unique across containers, initContainers and ephemeralContainers of a pod; volume names are unique in `spec.volumes`.',
      ko: '컨테이너 이름은 Pod의 containers, initContainers, ephemeralContainers 전체에서 고유하고, 볼륨 이름은 `spec.volumes` 안에서 고유합니다.',
    },
    fix: {
      en: 'Rename one of them. The quick fix renames the duplicate container with a `-2` suffix.',
      ko: '둘 중 하나의 이름을 바꾸세요. 빠른 수정은 중복된 컨테이너 이름 뒤에 `-2`를 붙입니다.',
    },
  },
  'api/not-supported': {
    title: 'Unsupported value',
    meaning: {
      en: 'The field only accepts a fixed list of values and this is not one of them (for example `restartPolicy: Sometimes`, `imagePullPolicy: always`).',
      ko: '정해진 값만 받는 필드에 목록에 없는 값을 썼습니다(예: `restartPolicy: Sometimes`, `imagePullPolicy: always`).',
    },
    rule: {
      en: 'Enumerations are case-sensitive: restartPolicy is Always, OnFailure or Never; imagePullPolicy is Always, IfNotPresent or Never; protocol is TCP, UDP or SCTP.',
      ko: '열거형 값은 대소문자를 구분합니다: restartPolicy는 Always, OnFailure, Never; imagePullPolicy는 Always, IfNotPresent, Never; protocol은 TCP, UDP, SCTP입니다.',
    },
    fix: {
      en: "Pick one of the values listed after `supported values:` in the message. The editor's completion lists them too.",
      ko: '메시지의 `supported values:` 뒤에 나온 값 중 하나를 고르세요. 편집기 자동 완성도 그 목록을 보여 줍니다.',
    },
  },
  'api/forbidden': {
    title: 'Forbidden',
    meaning: {
      en: 'The field is not allowed here or in this combination, such as probes on a regular init container or a field only ephemeral containers may set.',
      ko: '이 위치나 이 조합에서는 허용되지 않는 필드입니다. 예: 일반 init 컨테이너의 프로브.',
    },
    rule: {
      en: 'Regular init containers must not have lifecycle, livenessProbe, readinessProbe or startupProbe; only native sidecars (restartPolicy: Always) may.',
      ko: '일반 init 컨테이너에는 lifecycle, livenessProbe, readinessProbe, startupProbe를 둘 수 없고, 네이티브 사이드카(restartPolicy: Always)만 가능합니다.',
    },
    fix: {
      en: 'Remove the field, or make the init container a native sidecar with `restartPolicy: Always`.',
      ko: '필드를 지우거나 init 컨테이너에 `restartPolicy: Always`를 넣어 네이티브 사이드카로 만드세요.',
    },
    lesson: { kind: 'example', id: 'sidecar-start-order' },
  },
  'api/too-long': {
    title: 'Too long',
    meaning: {
      en: 'A name or value is longer than the API allows.',
      ko: '이름이나 값이 API가 허용하는 길이보다 깁니다.',
    },
    rule: {
      en: 'Object names are at most 253 characters (DNS subdomain); container, port and volume names at most 63 (DNS label); port names at most 15.',
      ko: '객체 이름은 최대 253자(DNS 서브도메인), 컨테이너·볼륨 이름은 최대 63자(DNS 레이블), 포트 이름은 최대 15자입니다.',
    },
    fix: {
      en: 'Shorten the value.',
      ko: '값을 줄이세요.',
    },
  },
  'api/unknown-field': {
    title: 'Unknown field',
    meaning: {
      en: "The API server's strict decoding found a key that the object's schema does not have, usually a typo (`comand`, `imagePullPolcy`) or a field at the wrong indentation.",
      ko: 'API 서버의 엄격한 디코딩이 스키마에 없는 키를 찾았습니다. 대개 오타(`comand`, `imagePullPolcy`)이거나 들여쓰기가 잘못된 필드입니다.',
    },
    rule: {
      en: '`kubectl apply` validates strictly: every key must be a field of its parent type; unknown keys reject the whole object.',
      ko: '`kubectl apply`는 엄격하게 검증합니다: 모든 키는 상위 타입의 필드여야 하고, 모르는 키가 있으면 객체 전체가 거부됩니다.',
    },
    fix: {
      en: 'Fix the spelling or move the key to the right level. When exactly one field name is within two letters, the quick fix renames it.',
      ko: '철자를 고치거나 키를 올바른 수준으로 옮기세요. 두 글자 이내로 가까운 필드 이름이 하나뿐이면 빠른 수정이 이름을 바꿔 줍니다.',
    },
  },
  'api/type': {
    title: 'Wrong value type',
    meaning: {
      en: 'The value has the wrong JSON type: a string where a number is expected (`containerPort: "80"`), a list where a string is expected, a number where a string list is expected.',
      ko: '값의 JSON 타입이 틀렸습니다: 숫자 자리에 문자열(`containerPort: "80"`), 문자열 자리에 리스트 등.',
    },
    rule: {
      en: 'Go\'s encoding/json decodes into typed structs: int32 fields need numbers, `command`/`args` need lists of strings, env values must be strings (quote numbers: `value: "3"`).',
      ko: 'Go의 encoding/json은 타입이 있는 구조체로 디코딩합니다: int32 필드는 숫자, `command`/`args`는 문자열 리스트, env 값은 문자열이어야 합니다(숫자는 따옴표로: `value: "3"`).',
    },
    fix: {
      en: "Change the value's type: drop or add quotes, or write a list.",
      ko: '값의 타입을 바꾸세요: 따옴표를 빼거나 넣거나 리스트로 쓰세요.',
    },
  },
  'api/warning': {
    title: 'API warning',
    meaning: {
      en: 'The object is accepted, but the API server prints a warning (for example two containers declaring the same containerPort).',
      ko: '객체는 받아들여지지만 API 서버가 경고를 출력합니다(예: 두 컨테이너가 같은 containerPort를 선언).',
    },
    rule: {
      en: 'Warnings do not reject the object; `kubectl apply` prints them as `Warning: ...` and goes on.',
      ko: '경고는 객체를 거부하지 않습니다. `kubectl apply`는 `Warning: ...`으로 출력하고 계속 진행합니다.',
    },
    fix: {
      en: 'Read the warning; it usually points at a mistake that will bite later.',
      ko: '경고를 읽어 보세요. 대개 나중에 문제가 될 실수를 가리킵니다.',
    },
    lesson: { kind: 'exercise', id: 'port-conflict' },
  },
  'api/unknown-kind': {
    title: 'Unknown kind or apiVersion',
    meaning: {
      en: 'kubectl cannot map this `kind` and `apiVersion` to a resource: a typo in the kind, a wrong group/version (`apiVersion: v2`), or a kind that belongs to another API group.',
      ko: 'kubectl이 이 `kind`와 `apiVersion`을 리소스로 매핑하지 못합니다: kind의 오타, 잘못된 그룹/버전(`apiVersion: v2`) 등.',
    },
    rule: {
      en: 'Pod, Service, ConfigMap and Secret are in the core group: `apiVersion: v1`. Kinds are case-sensitive.',
      ko: 'Pod, Service, ConfigMap, Secret은 코어 그룹이므로 `apiVersion: v1`입니다. kind는 대소문자를 구분합니다.',
    },
    fix: {
      en: 'Fix `apiVersion` and `kind`.',
      ko: '`apiVersion`과 `kind`를 고치세요.',
    },
  },
  'api/missing-kind': {
    title: 'Kind is missing',
    meaning: {
      en: 'The document has an `apiVersion` but no `kind`.',
      ko: '문서에 `apiVersion`은 있지만 `kind`가 없습니다.',
    },
    rule: {
      en: 'Every Kubernetes object states its `apiVersion` and `kind`.',
      ko: '모든 쿠버네티스 객체는 `apiVersion`과 `kind`를 밝혀야 합니다.',
    },
    fix: {
      en: 'Add `kind: Pod` (or Service, ConfigMap, Secret).',
      ko: '`kind: Pod`(또는 Service, ConfigMap, Secret)를 추가하세요.',
    },
  },
  'api/missing-apiversion': {
    title: 'apiVersion is missing',
    meaning: {
      en: 'The document has a `kind` but no `apiVersion`.',
      ko: '문서에 `kind`는 있지만 `apiVersion`이 없습니다.',
    },
    rule: {
      en: 'Every Kubernetes object states its `apiVersion` and `kind`.',
      ko: '모든 쿠버네티스 객체는 `apiVersion`과 `kind`를 밝혀야 합니다.',
    },
    fix: {
      en: 'Add `apiVersion: v1`.',
      ko: '`apiVersion: v1`을 추가하세요.',
    },
  },
  'api/not-an-object': {
    title: 'Not an object',
    meaning: {
      en: 'The document is a list, a string or a number, not a mapping of keys.',
      ko: '문서가 키의 매핑이 아니라 리스트, 문자열 또는 숫자입니다.',
    },
    rule: {
      en: 'A manifest document is one object: a YAML mapping with apiVersion, kind, metadata, spec.',
      ko: '매니페스트 문서 하나는 객체 하나입니다: apiVersion, kind, metadata, spec이 있는 YAML 매핑.',
    },
    fix: {
      en: 'Remove the leading `-` or the stray text, so the document starts with `apiVersion:`.',
      ko: '맨 앞의 `-`나 엉뚱한 텍스트를 지워 문서가 `apiVersion:`으로 시작하게 하세요.',
    },
  },
  'podlab/unsupported-kind': {
    title: 'Kind not simulated',
    meaning: {
      en: 'The kind exists in Kubernetes, but PodLab only simulates Pods with the Services, ConfigMaps and Secrets they use.',
      ko: '쿠버네티스에 있는 kind이지만 PodLab은 Pod와 그 Pod가 쓰는 Service, ConfigMap, Secret만 시뮬레이션합니다.',
    },
    rule: {
      en: 'PodLab shows one node running Pods; controllers (Deployment, Job...) are out of its scope.',
      ko: 'PodLab은 노드 하나에서 실행되는 Pod를 보여 줍니다. 컨트롤러(Deployment, Job 등)는 범위 밖입니다.',
    },
    fix: {
      en: "Use the Pod template (`spec.template.spec`) as a Pod's `spec`.",
      ko: 'Pod 템플릿(`spec.template.spec`)을 Pod의 `spec`으로 쓰세요.',
    },
  },
  'yaml/tab': {
    title: 'Tab in indentation',
    meaning: {
      en: 'A line is indented with a tab character.',
      ko: '들여쓰기에 탭 문자를 썼습니다.',
    },
    rule: {
      en: 'YAML indentation is spaces only; kubectl refuses the file before Kubernetes sees it.',
      ko: 'YAML 들여쓰기는 공백만 허용합니다. kubectl은 쿠버네티스에 보내기 전에 파일을 거부합니다.',
    },
    fix: {
      en: 'Replace the tabs with spaces (two per level is the convention). Format (Shift+Alt+F) re-indents the document once it parses.',
      ko: '탭을 공백으로 바꾸세요(한 단계에 공백 2칸이 관례). 문서가 파싱되면 정렬(Shift+Alt+F)로 들여쓰기를 다시 맞출 수 있습니다.',
    },
  },
  'yaml/bad-indentation': {
    title: 'Bad indentation',
    meaning: {
      en: 'A line is not lined up with the other keys of its mapping or items of its list, or a key is missing its `:`.',
      ko: '줄이 같은 매핑의 다른 키나 같은 리스트의 항목과 정렬되어 있지 않거나, 키 뒤에 `:`가 없습니다.',
    },
    rule: {
      en: 'In YAML, indentation is structure: sibling keys start in the same column; a child is indented further than its parent.',
      ko: 'YAML에서는 들여쓰기가 곧 구조입니다: 형제 키는 같은 열에서 시작하고, 자식은 부모보다 더 들여씁니다.',
    },
    fix: {
      en: 'Line the key up with its siblings, and check the `:` after each key.',
      ko: '키를 형제 키와 같은 열에 맞추고 각 키 뒤의 `:`를 확인하세요.',
    },
  },
  'yaml/duplicate-key': {
    title: 'Duplicate key',
    meaning: {
      en: 'The same key appears twice in one mapping, e.g. two `command:` lines in a container.',
      ko: '한 매핑 안에 같은 키가 두 번 나옵니다. 예: 한 컨테이너에 `command:` 줄이 두 개.',
    },
    rule: {
      en: 'YAML mappings have unique keys; kubectl refuses a document with duplicates.',
      ko: 'YAML 매핑의 키는 고유해야 하며, kubectl은 중복이 있는 문서를 거부합니다.',
    },
    fix: {
      en: 'Delete or merge one of them.',
      ko: '둘 중 하나를 지우거나 합치세요.',
    },
  },
  'yaml/colon-in-value': {
    title: 'Colon in a plain value',
    meaning: {
      en: 'An unquoted value contains `: `, which YAML reads as a new key.',
      ko: '따옴표 없는 값에 `: `가 들어 있어 YAML이 새 키로 읽습니다.',
    },
    rule: {
      en: 'Plain (unquoted) scalars cannot contain `: ` or start with `- `, `[`, `{`, `&`, `*`, `!`, `|`, `>`, `%`, `@`.',
      ko: '따옴표 없는 스칼라에는 `: `가 들어갈 수 없습니다.',
    },
    fix: {
      en: "Put the value in quotes: `command: ['sh', '-c', 'echo a: b']`.",
      ko: "값을 따옴표로 감싸세요: `command: ['sh', '-c', 'echo a: b']`.",
    },
  },
  'yaml/bad-scalar': {
    title: 'Value starts with a reserved character',
    meaning: {
      en: 'A plain value starts with a character YAML reserves (`@`, `` ` ``, `%`...).',
      ko: '따옴표 없는 값이 YAML 예약 문자(`@`, `` ` ``, `%` 등)로 시작합니다.',
    },
    rule: {
      en: 'Such values must be quoted.',
      ko: '그런 값은 따옴표로 감싸야 합니다.',
    },
    fix: {
      en: 'Put the value in quotes.',
      ko: '값을 따옴표로 감싸세요.',
    },
  },
  'yaml/unclosed-quote': {
    title: 'Unclosed quote',
    meaning: {
      en: 'A quoted string has no closing quote, so YAML reads on until the end of the file.',
      ko: '따옴표로 연 문자열이 닫히지 않아 YAML이 파일 끝까지 읽어 버립니다.',
    },
    rule: {
      en: 'Strings opened with `"` or `\'` end with the same quote.',
      ko: '`"`나 `\'`로 연 문자열은 같은 따옴표로 닫아야 합니다.',
    },
    fix: {
      en: 'Add the closing quote.',
      ko: '닫는 따옴표를 추가하세요.',
    },
  },
  'yaml/unclosed-bracket': {
    title: 'Unclosed bracket',
    meaning: {
      en: 'A flow list `[...]` or mapping `{...}` is not closed.',
      ko: 'flow 리스트 `[...]`나 매핑 `{...}`가 닫히지 않았습니다.',
    },
    rule: {
      en: 'Flow collections end with the matching `]` or `}`.',
      ko: 'flow 컬렉션은 짝이 맞는 `]`나 `}`로 끝나야 합니다.',
    },
    fix: {
      en: 'Add the closing bracket, or write the list in block style (one `- item` per line).',
      ko: '닫는 괄호를 추가하거나 블록 스타일(한 줄에 `- 항목` 하나)로 쓰세요.',
    },
  },
  'yaml/flow-syntax': {
    title: 'Flow syntax',
    meaning: {
      en: 'Something is wrong between the brackets of a flow list or mapping: a missing comma, or text after the closing bracket.',
      ko: 'flow 리스트나 매핑의 괄호 안이 잘못되었습니다: 쉼표가 없거나 닫는 괄호 뒤에 텍스트가 있습니다.',
    },
    rule: {
      en: 'Items of `[a, b]` and `{k: v, k2: v2}` are separated by commas.',
      ko: '`[a, b]`와 `{k: v, k2: v2}`의 항목은 쉼표로 구분합니다.',
    },
    fix: {
      en: 'Check the commas and quotes inside the brackets.',
      ko: '괄호 안의 쉼표와 따옴표를 확인하세요.',
    },
  },
  'yaml/block-in-flow': {
    title: 'Block syntax inside brackets',
    meaning: {
      en: 'A new line with `- ` or `key:` appears inside `[...]` or `{...}`.',
      ko: '`[...]`나 `{...}` 안에 `- `나 `key:`로 시작하는 줄이 있습니다.',
    },
    rule: {
      en: 'Inside flow collections only flow syntax is allowed.',
      ko: 'flow 컬렉션 안에서는 flow 문법만 쓸 수 있습니다.',
    },
    fix: {
      en: 'Close the brackets first, or write the whole list in block style.',
      ko: '먼저 괄호를 닫거나 리스트 전체를 블록 스타일로 쓰세요.',
    },
  },
  'yaml/unexpected': {
    title: 'Unexpected text',
    meaning: {
      en: 'YAML found text it cannot place, usually after a wrong indentation or a missing `:`.',
      ko: 'YAML이 어디에 둘지 모르는 텍스트를 만났습니다. 대개 들여쓰기가 틀렸거나 `:`가 빠졌습니다.',
    },
    rule: {
      en: 'Each line is a key, a list item, or the continuation of a value.',
      ko: '각 줄은 키, 리스트 항목, 또는 값의 이어짐입니다.',
    },
    fix: {
      en: 'Check the indentation and the `:` after each key on this line and the one above.',
      ko: '이 줄과 윗줄의 들여쓰기와 키 뒤의 `:`를 확인하세요.',
    },
  },
  'yaml/alias': {
    title: 'Bad alias',
    meaning: {
      en: 'An alias `*name` refers to an anchor `&name` that is not defined before it.',
      ko: '별칭 `*name`이 앞에서 정의되지 않은 앵커 `&name`을 가리킵니다.',
    },
    rule: {
      en: 'YAML anchors must be defined before they are used.',
      ko: 'YAML 앵커는 사용하기 전에 정의해야 합니다.',
    },
    fix: {
      en: 'Define the anchor first, or write the value out.',
      ko: '앵커를 먼저 정의하거나 값을 직접 쓰세요.',
    },
  },
  'yaml/alias-limit': {
    title: 'Aliases expand too much',
    meaning: {
      en: "Anchors and aliases expand into a huge document (a 'billion laughs').",
      ko: "앵커와 별칭이 거대한 문서로 펼쳐집니다('billion laughs').",
    },
    rule: {
      en: 'kubectl limits alias expansion to protect itself.',
      ko: 'kubectl은 자신을 보호하려고 별칭 확장을 제한합니다.',
    },
    fix: {
      en: 'Write the values out instead of nesting aliases.',
      ko: '별칭을 중첩하지 말고 값을 직접 쓰세요.',
    },
  },
  'yaml/key-too-long': {
    title: 'Key too long',
    meaning: {
      en: 'A mapping key is longer than 1024 characters.',
      ko: '매핑 키가 1024자보다 깁니다.',
    },
    rule: {
      en: 'YAML implicit keys are limited to 1024 characters.',
      ko: 'YAML 암시적 키는 1024자로 제한됩니다.',
    },
    fix: {
      en: 'Shorten the key; a long text belongs in a value.',
      ko: '키를 줄이세요. 긴 텍스트는 값에 두어야 합니다.',
    },
  },
  'yaml/syntax': {
    title: 'YAML syntax error',
    meaning: {
      en: 'The YAML parser stopped at this point.',
      ko: 'YAML 파서가 이 위치에서 멈췄습니다.',
    },
    rule: {
      en: 'The text must be valid YAML before Kubernetes can read it.',
      ko: '쿠버네티스가 읽으려면 먼저 올바른 YAML이어야 합니다.',
    },
    fix: {
      en: 'Look at this line and the one above: indentation, `:` after keys, quotes and brackets.',
      ko: '이 줄과 윗줄의 들여쓰기, 키 뒤의 `:`, 따옴표와 괄호를 확인하세요.',
    },
  },
  'yaml/warning': {
    title: 'YAML warning',
    meaning: {
      en: 'The YAML parser accepted the text but noticed something suspicious.',
      ko: 'YAML 파서가 텍스트를 받아들였지만 의심스러운 부분을 발견했습니다.',
    },
    rule: {
      en: 'Warnings do not stop kubectl.',
      ko: '경고는 kubectl을 멈추지 않습니다.',
    },
    fix: {
      en: 'Read the message; it often points at an unintended value.',
      ko: '메시지를 읽어 보세요. 의도하지 않은 값을 가리키는 경우가 많습니다.',
    },
  },
  'yaml/too-large': {
    title: 'Manifest too large',
    meaning: {
      en: 'The text is larger than PodLab accepts.',
      ko: '텍스트가 PodLab이 받는 크기보다 큽니다.',
    },
    rule: {
      en: 'PodLab parses up to 2 MiB so the page stays responsive.',
      ko: 'PodLab은 페이지가 멈추지 않도록 최대 2 MiB까지 파싱합니다.',
    },
    fix: {
      en: 'Keep only the objects you need.',
      ko: '필요한 객체만 남기세요.',
    },
  },
  'yaml/too-deep': {
    title: 'Nested too deeply',
    meaning: {
      en: 'The YAML nests more levels than PodLab accepts.',
      ko: 'YAML의 중첩 수준이 PodLab이 받는 것보다 깊습니다.',
    },
    rule: {
      en: 'Thousands of nested levels can crash a parser; real manifests never need them.',
      ko: '수천 단계의 중첩은 파서를 멈추게 할 수 있고, 실제 매니페스트에는 필요하지 않습니다.',
    },
    fix: {
      en: 'Flatten the structure.',
      ko: '구조를 평평하게 만드세요.',
    },
  },
  'yaml/too-complex': {
    title: 'Too complex',
    meaning: {
      en: 'The text has more YAML nodes or documents than PodLab accepts.',
      ko: '텍스트의 YAML 노드나 문서가 PodLab이 받는 것보다 많습니다.',
    },
    rule: {
      en: 'Limits keep the page responsive.',
      ko: '제한은 페이지가 멈추지 않게 합니다.',
    },
    fix: {
      en: 'Split the manifest or keep only what you need.',
      ko: '매니페스트를 나누거나 필요한 것만 남기세요.',
    },
  },
};
