// `kubectl --help` and `kubectl VERB --help`: kubectl's own first lines, usage and the options the
// playground supports (the real help is longer; these are its opening and the flags that work here).
const FOOTER =
  '\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n';

const VERBS: Record<string, { short: string; examples: string[]; options: string[]; usage: string }> = {
  apply: {
    short: 'Apply a configuration to a resource by file name or stdin.',
    examples: ['  # Apply the configuration in pod.yaml to a pod', '  kubectl apply -f ./pod.yaml'],
    options: ['    -f, --filename=[]:\n\tThe files that contain the configurations to apply.'],
    usage: 'kubectl apply (-f FILENAME | -k DIRECTORY) [options]',
  },
  create: {
    short: 'Create a resource from a file or from stdin.',
    examples: [
      '  # Create a pod using the data in pod.json',
      '  kubectl create -f ./pod.json',
      '',
      '  # Create a new ClusterIP service named my-cs',
      '  kubectl create service clusterip my-cs --tcp=5678:8080',
      '',
      '  # Create a new config map named my-config with key1=config1 and key2=config2',
      '  kubectl create configmap my-config --from-literal=key1=config1 --from-literal=key2=config2',
    ],
    options: ['    -f, --filename=[]:\n\tFilename, directory, or URL to files to use to create the resource'],
    usage: 'kubectl create -f FILENAME [options]',
  },
  delete: {
    short: 'Delete resources by file names, stdin, resources and names, or by resources and label selector.',
    examples: [
      '  # Delete a pod with minimal delay',
      '  kubectl delete pod foo --now',
      '',
      '  # Force delete a pod on a dead node',
      '  kubectl delete pod foo --force',
    ],
    options: [
      '    --force=false:\n\tIf true, immediately remove resources from API and bypass graceful deletion.',
      '    --grace-period=-1:\n\tPeriod of time in seconds given to the resource to terminate gracefully.',
      '    --now=false:\n\tIf true, resources are signaled for immediate shutdown (same as --grace-period=1).',
    ],
    usage: 'kubectl delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)]) [options]',
  },
  describe: {
    short: 'Show details of a specific resource or group of resources.',
    examples: ['  # Describe a pod', '  kubectl describe pods/nginx'],
    options: [],
    usage: 'kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]',
  },
  exec: {
    short: 'Execute a command in a container.',
    examples: [
      "  # Get output from running the 'date' command from pod mypod, using the first container by default",
      '  kubectl exec mypod -- date',
      '',
      "  # Switch to raw terminal mode; sends stdin to 'bash' in ruby-container from pod mypod",
      '  kubectl exec mypod -c ruby-container -i -t -- bash -il',
    ],
    options: [
      "    -c, --container='':\n\tContainer name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen",
      '    -i, --stdin=false:\n\tPass stdin to the container',
      '    -t, --tty=false:\n\tStdin is a TTY',
    ],
    usage: 'kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...] [options]',
  },
  explain: {
    short: 'Describe fields and structure of various resources.',
    examples: [
      '  # Get the documentation of a specific field of a resource',
      '  kubectl explain pods.spec.containers',
    ],
    options: [],
    usage: 'kubectl explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [options]',
  },
  get: {
    short: 'Display one or many resources.',
    examples: [
      '  # List all pods in ps output format',
      '  kubectl get pods',
      '',
      '  # List all pods in ps output format with more information (such as node name)',
      '  kubectl get pods -o wide',
    ],
    options: [
      "    -o, --output='':\n\tOutput format. One of: (json, yaml, name, wide).",
      '    --show-labels=false:\n\tWhen printing, show all labels as the last column (default hide labels column).',
      '    -w, --watch=false:\n\tAfter listing/getting the requested object, watch for changes.',
    ],
    usage:
      'kubectl get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]',
  },
  label: {
    short: 'Update the labels on a resource.',
    examples: [
      "  # Update pod 'foo' with the label 'unhealthy' and the value 'true'",
      '  kubectl label pods foo unhealthy=true',
    ],
    options: [
      '    --overwrite=false:\n\tIf true, allow labels to be overwritten, otherwise reject label updates that overwrite existing labels.',
    ],
    usage:
      'kubectl label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]',
  },
  logs: {
    short:
      'Print the logs for a container in a pod or specified resource. If the pod has only one container, the container name is optional.',
    examples: [
      '  # Return snapshot logs from pod nginx with only one container',
      '  kubectl logs nginx',
      '',
      '  # Return snapshot of previous terminated ruby container logs from pod web-1',
      '  kubectl logs -p -c ruby web-1',
    ],
    options: [
      "    --all-containers=false:\n\tGet all containers' logs in the pod(s).",
      "    -c, --container='':\n\tPrint the logs of this container",
      '    -f, --follow=false:\n\tSpecify if the logs should be streamed.',
      '    -p, --previous=false:\n\tIf true, print the logs for the previous instance of the container in a pod if it exists.',
      '    --tail=-1:\n\tLines of recent log file to display.',
      '    --timestamps=false:\n\tInclude timestamps on each line in the log output',
    ],
    usage: 'kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]',
  },
  run: {
    short: 'Create and run a particular image in a pod.',
    examples: [
      '  # Start a nginx pod',
      '  kubectl run nginx --image=nginx',
      '',
      '  # Start the nginx pod using a different command and custom arguments',
      '  kubectl run nginx --image=nginx --command -- <cmd> <arg1> ... <argN>',
    ],
    options: [
      "    --image='':\n\tThe image for the container to run.",
      "    --restart='Always':\n\tThe restart policy for this Pod.  Legal values [Always, OnFailure, Never].",
    ],
    usage:
      'kubectl run NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options]',
  },
  version: {
    short: 'Print the client and server version information for the current context.',
    examples: ['  # Print the client and server versions for the current context', '  kubectl version'],
    options: [],
    usage: 'kubectl version [flags] [options]',
  },
};

export const HELP_VERBS = Object.keys(VERBS);

export function verbHelp(verb: string): string | null {
  const v = VERBS[verb];
  if (!v) return null;
  const options = v.options.length ? `\nOptions:\n${v.options.join('\n\n')}\n` : '';
  return `${v.short}\n\nExamples:\n${v.examples.join('\n')}\n${options}\nUsage:\n  ${v.usage}\n${FOOTER}`;
}

export const ROOT_HELP = `kubectl controls the Kubernetes cluster manager.

 Find more information at: https://kubernetes.io/docs/reference/kubectl/

Basic Commands (Beginner):
  create          Create a resource from a file or from stdin
  run             Run a particular image on the cluster

Basic Commands (Intermediate):
  explain         Get documentation for a resource
  get             Display one or many resources
  delete          Delete resources by file names, stdin, resources and names, or by resources and label selector

Troubleshooting and Debugging Commands:
  describe        Show details of a specific resource or group of resources
  logs            Print the logs for a container in a pod
  exec            Execute a command in a container

Advanced Commands:
  apply           Apply a configuration to a resource by file name or stdin

Settings Commands:
  label           Update the labels on a resource

Other Commands:
  version         Print the client and server version information

Usage:
  kubectl [flags] [options]

Use "kubectl <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;
